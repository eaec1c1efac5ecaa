// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsWindow: the support bundle ("Save support bundle…"), written by the same core
// function as `mailwright-cli bundle FILE` (SupportBundle::save), on a pool thread.
#include "SettingsWindow.h"
#include "TestPanel.h"
#include "support/SupportBundleJob.h"

#include <QBoxLayout>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>

namespace mw {

void SettingsWindow::buildBundle(QBoxLayout *tools)
{
    auto *button = new QPushButton(tr("Save support &bundle…"), this);
    button->setObjectName(QStringLiteral("supportBundleButton"));
    button->setAutoDefault(false);
    button->setToolTip(
        tr("One ZIP file for a support request: diagnostics, transcripts, the last server "
           "check with its certificates, the queue and versions. It holds no password."));
    connect(button, &QPushButton::clicked, this, &SettingsWindow::saveSupportBundle);
    tools->addWidget(button);
}

void SettingsWindow::saveSupportBundle()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString name =
        QStringLiteral("mailwright-support-%1.zip")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // Window-modal and asynchronous: the window's event loop keeps running behind it.
    auto *dialog = new QFileDialog(this, tr("Save support bundle"), QDir(folder).filePath(name),
                                   tr("ZIP archives (*.zip)"));
    dialog->setObjectName(QStringLiteral("supportBundleDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("zip"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &SettingsWindow::saveSupportBundleTo);
    dialog->open();
}

void SettingsWindow::saveSupportBundleTo(const QString &path)
{
    // One bundle at a time: the job is the window's child while it runs.
    if (path.isEmpty() || findChild<SupportBundleJob *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    auto *button = findChild<QPushButton *>(QStringLiteral("supportBundleButton"));
    SupportBundleInput input;
    // What the window shows (unsaved edits included: a test may have run with them).
    input.settings = m_model->settings();
    input.configPath = m_store.path();
    // The last Send Test's report, as "Copy diagnostics" gives it; none before a test.
    const Result &last = m_testPanel->result();
    if (!last.stages.isEmpty() || last.errorClass != ErrorClass::None)
        input.diagnosticsReport = m_testPanel->diagnostics();

    auto *job = new SupportBundleJob(this);
    button->setEnabled(false);
    showMessage(tr("Writing the support bundle…"), false);
    connect(job, &SupportBundleJob::progress, this, [this](int written, int total) {
        showMessage(tr("Writing the support bundle… (%1 of %2 files)").arg(written).arg(total),
                    false);
    });
    connect(job, &SupportBundleJob::finished, this,
            [this, job, button](bool ok, const QString &file, const QString &error,
                                const QStringList &members) {
                // Gone at once, not later: the next bundle may start from this message.
                job->setParent(nullptr);
                job->deleteLater();
                button->setEnabled(true);
                if (!ok) {
                    showMessage(tr("The support bundle was not saved. %1").arg(error), true);
                    return;
                }
                showMessage(tr("Support bundle saved to %1 (%2 files). It holds no password; "
                               "look through it before you send it.")
                                .arg(QDir::toNativeSeparators(file))
                                .arg(members.size()),
                            false);
            });
    job->start(QFileInfo(path).absoluteFilePath(), input);
}

} // namespace mw
