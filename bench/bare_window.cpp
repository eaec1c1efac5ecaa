// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick of the window's start-up (bench/compare_clients.py --window): a bare Qt
// Widgets window, started and measured as `mailwright` is (ui/StartupProbe.cpp, compiled
// in by the bench script with the same Qt), holding a few ordinary widgets.
#include "StartupProbe.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Server")));
    layout->addWidget(new QLineEdit);
    layout->addWidget(new QPushButton(QStringLiteral("Send Test")));
    window.resize(900, 640);
    mw::probe::install(&window);
    window.show();
    return QApplication::exec();
}
