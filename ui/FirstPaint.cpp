// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaint.h"

#include "protocol/MailConnection.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QMessageBox>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <utility>

namespace mw {

namespace {

// Waits for the first expose of a native window that is exposed (not the "unexposed"
// event of a window being hidden), then queues the work and goes away.
class ExposeWaiter : public QObject
{
public:
    ExposeWaiter(QWidget *window, std::function<void()> fn)
        : QObject(window)
        , m_window(window)
        , m_fn(std::move(fn))
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *handle = qobject_cast<QWindow *>(watched);
        if (event->type() == QEvent::Expose && handle && handle->isExposed() && m_fn) {
            handle->removeEventFilter(this);
            QTimer::singleShot(0, m_window, std::exchange(m_fn, {}));
            deleteLater();
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<void()> m_fn;
};

} // namespace

void afterFirstPaint(QWidget *window, std::function<void()> fn)
{
    QWindow *handle = window->isVisible() ? window->window()->windowHandle() : nullptr;
    if (!handle || handle->isExposed()) {
        QTimer::singleShot(0, window, std::move(fn));
        return;
    }
    handle->installEventFilter(new ExposeWaiter(window, std::move(fn)));
}

void checkTlsAfterFirstPaint(QWidget *window)
{
    QPointer<QWidget> target(window);
    afterFirstPaint(window, [target] {
        QThreadPool::globalInstance()->start([target] {
            // Also loads it for the first session (the TLS module or Qt's backend).
            if (MailConnection::tlsAvailable())
                return;
            QMetaObject::invokeMethod(
                qApp,
                [target] {
                    if (!target)
                        return;
                    auto *box = new QMessageBox(
                        QMessageBox::Warning, QApplication::translate("main", "TLS unavailable"),
                        QApplication::translate(
                            "main",
                            "The TLS library could not be loaded, so no encrypted connection "
                            "(STARTTLS or TLS) can be made. Reinstall Mailwright or install "
                            "OpenSSL 3."),
                        QMessageBox::Ok, target);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                },
                Qt::QueuedConnection);
        });
    });
}

void loadFontsInBackground()
{
    QThreadPool::globalInstance()->start([] { (void)QFontDatabase::families(); });
}

} // namespace mw
