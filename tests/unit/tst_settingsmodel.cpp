// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsModel.h"
#include "settings/SettingsSchema.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

namespace {

MailSettings validSettings()
{
    MailSettings m;
    m.smtp.host = QStringLiteral("smtp.example.com");
    m.mailboxes.from = QStringLiteral("alerts@example.com");
    m.smtp.username = QStringLiteral("alerts"); // auth=auto logs in (seed 001)
    return m;
}

} // namespace

class TestSettingsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void editMakesDirtyAndBackClean();
    void typing_data();
    void typing();
    void hostCommaPortSetsBoth();
    void validityFollowsRequiredFields();
    void saveAndReload();
    void saveRefusedWhenInvalid();
    void discard();
    void loadFailureKeepsState();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<SettingsModel> m_model;
};

void TestSettingsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSettingsModel::init()
{
    static int n = 0;
    m_store = std::make_unique<SettingsStore>(m_dir.filePath(QStringLiteral("m%1.ini").arg(++n)));
    m_model = std::make_unique<SettingsModel>(m_store.get());
    m_model->reset(validSettings());
}

void TestSettingsModel::editMakesDirtyAndBackClean()
{
    QSignalSpy dirty(m_model.get(), &SettingsModel::dirtyChanged);
    QSignalSpy changed(m_model.get(), &SettingsModel::valueChanged);
    QVERIFY(!m_model->isDirty());
    QCOMPARE(m_model->setValue(QStringLiteral("smtp/port"), QStringLiteral("25")), QString());
    QVERIFY(m_model->isDirty());
    QCOMPARE(dirty.size(), 1);
    QCOMPARE(dirty.at(0).at(0).toBool(), true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("smtp/port"));
    QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("25"));
    // Same value again: nothing to report.
    QCOMPARE(m_model->setValue(QStringLiteral("smtp/port"), QStringLiteral("25")), QString());
    QCOMPARE(changed.size(), 1);
    // Typing the saved value back makes it clean again.
    QCOMPARE(m_model->setValue(QStringLiteral("smtp/port"), QStringLiteral("587")), QString());
    QVERIFY(!m_model->isDirty());
    QCOMPARE(dirty.size(), 2);
    QCOMPARE(dirty.at(1).at(0).toBool(), false);
}

void TestSettingsModel::typing_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("shown");
    QTest::newRow("port-letters-kept-as-typed")
        << QStringLiteral("smtp/port") << QStringLiteral("2a5") << false << QStringLiteral("2a5");
    QTest::newRow("port-out-of-range") << QStringLiteral("smtp/port") << QStringLiteral("70000")
                                       << false << QStringLiteral("70000");
    QTest::newRow("interval-256") << QStringLiteral("pop3/check_interval") << QStringLiteral("256")
                                  << false << QStringLiteral("256");
    QTest::newRow("from-crlf-injection")
        << QStringLiteral("mailboxes/from")
        << QStringLiteral("a@example.com\r\nRCPT TO:<x@evil.test>") << false
        << QStringLiteral("a@example.com\r\nRCPT TO:<x@evil.test>");
    QTest::newRow("from-65-octet-local")
        << QStringLiteral("mailboxes/from")
        << (QString(65, QLatin1Char('a')) + QStringLiteral("@example.com")) << false
        << (QString(65, QLatin1Char('a')) + QStringLiteral("@example.com"));
    QTest::newRow("from-idn") << QStringLiteral("mailboxes/from")
                              << QStringLiteral("jörg@bücher.example") << true
                              << QStringLiteral("jörg@bücher.example");
    QTest::newRow("security-unknown") << QStringLiteral("smtp/security") << QStringLiteral("ssl3")
                                      << false << QStringLiteral("ssl3");
    QTest::newRow("auth-case-normalised")
        << QStringLiteral("smtp/auth") << QStringLiteral("CRAM-MD5") << true
        << QStringLiteral("cram-md5");
}

void TestSettingsModel::typing()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, shown);
    QSignalSpy validity(m_model.get(), &SettingsModel::validityChanged);
    QSignalSpy fieldErrors(m_model.get(), &SettingsModel::fieldErrorChanged);
    QVERIFY(m_model->isValid());
    const QString error = m_model->setValue(key, text);
    QCOMPARE(error.isEmpty(), valid);
    QCOMPARE(m_model->fieldError(key), error);
    QCOMPARE(m_model->isValid(), valid);
    QCOMPARE(m_model->value(key), shown);
    if (!valid) {
        QCOMPARE(validity.size(), 1);
        QCOMPARE(validity.at(0).at(0).toBool(), false);
        QCOMPARE(fieldErrors.size(), 1);
        QCOMPARE(fieldErrors.at(0).at(0).toString(), key);
        QCOMPARE(m_model->issues().first().key, key);
        // Correcting the field clears the error.
        QCOMPARE(m_model->setValue(key, SettingsSchema::value(validSettings(), key).value()),
                 QString());
        QVERIFY(m_model->isValid());
        QCOMPARE(validity.size(), 2);
        QCOMPARE(m_model->fieldError(key), QString());
    }
}

void TestSettingsModel::hostCommaPortSetsBoth()
{
    QSignalSpy changed(m_model.get(), &SettingsModel::valueChanged);
    QCOMPARE(m_model->setValue(QStringLiteral("smtp/host"), QStringLiteral("smtp.mydomain.com,25")),
             QString());
    QCOMPARE(m_model->settings().smtp.host, QStringLiteral("smtp.mydomain.com"));
    QCOMPARE(m_model->settings().smtp.port, 25);
    QStringList keys;
    for (const auto &args : changed)
        keys << args.at(0).toString();
    QCOMPARE(keys, (QStringList{QStringLiteral("smtp/host"), QStringLiteral("smtp/port")}));
    QCOMPARE(m_model->setValue(QStringLiteral("pop3/host"), QStringLiteral("[::1]:2525")),
             QString());
    QCOMPARE(m_model->settings().pop3.host, QStringLiteral("::1"));
    QCOMPARE(m_model->settings().pop3.port, 2525);
    QVERIFY(!m_model->setValue(QStringLiteral("smtp/host"), QStringLiteral("smtp.mydomain.com,0"))
                 .isEmpty());
}

void TestSettingsModel::validityFollowsRequiredFields()
{
    QSignalSpy validity(m_model.get(), &SettingsModel::validityChanged);
    QCOMPARE(m_model->setValue(QStringLiteral("smtp/auth"), QStringLiteral("pop-before-smtp")),
             QString());
    QVERIFY(!m_model->isValid());
    QCOMPARE(validity.size(), 1);
    QVERIFY(!m_model->fieldError(QStringLiteral("pop3/host")).isEmpty());
    QVERIFY(!m_model->fieldError(QStringLiteral("pop3/username")).isEmpty());
    QVERIFY(m_model->setValue(QStringLiteral("pop3/host"), QStringLiteral("pop.example.com"))
                .isEmpty());
    QVERIFY(!m_model->isValid());
    QVERIFY(m_model->setValue(QStringLiteral("pop3/username"), QStringLiteral("alerts")).isEmpty());
    QVERIFY(m_model->isValid());
    QCOMPARE(validity.size(), 2);
    // Disabling SMTP lifts the SMTP requirements.
    // Clearing a required field answers with the "required" sentence.
    QVERIFY(m_model->setValue(QStringLiteral("smtp/host"), QString())
                .contains(QLatin1String("required")));
    QVERIFY(!m_model->isValid());
    QVERIFY(m_model->setValue(QStringLiteral("smtp/enabled"), QStringLiteral("false")).isEmpty());
    QVERIFY(m_model->isValid());
}

void TestSettingsModel::saveAndReload()
{
    QSignalSpy saved(m_model.get(), &SettingsModel::saved);
    QSignalSpy dirty(m_model.get(), &SettingsModel::dirtyChanged);
    QVERIFY(m_model->setValue(QStringLiteral("mailboxes/notify"), QStringLiteral("ops@example.com"))
                .isEmpty());
    QString error;
    QVERIFY2(m_model->save(&error), qPrintable(error));
    QCOMPARE(saved.size(), 1);
    QVERIFY(!m_model->isDirty());
    QCOMPARE(dirty.size(), 2);
    QVERIFY(m_model->savedSettings() == m_model->settings());
    SettingsModel other(m_store.get());
    const auto r = other.load();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(other.value(QStringLiteral("mailboxes/notify")), QStringLiteral("ops@example.com"));
    QVERIFY(!other.isDirty());
}

void TestSettingsModel::saveRefusedWhenInvalid()
{
    QVERIFY(!m_model->setValue(QStringLiteral("smtp/port"), QStringLiteral("abc")).isEmpty());
    QString error;
    QVERIFY(!m_model->save(&error));
    QVERIFY(error.startsWith(QLatin1String("smtp/port")));
    QVERIFY(!QFile::exists(m_store->path()));
    QVERIFY(m_model->isDirty());
}

void TestSettingsModel::discard()
{
    QVERIFY(m_model->setValue(QStringLiteral("smtp/host"), QStringLiteral("other.example.com"))
                .isEmpty());
    QVERIFY(!m_model->setValue(QStringLiteral("smtp/port"), QStringLiteral("x")).isEmpty());
    QSignalSpy changed(m_model.get(), &SettingsModel::valueChanged);
    QSignalSpy dirty(m_model.get(), &SettingsModel::dirtyChanged);
    m_model->discard();
    QVERIFY(!m_model->isDirty());
    QVERIFY(m_model->isValid());
    QCOMPARE(dirty.size(), 1);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_model->value(QStringLiteral("smtp/host")), QStringLiteral("smtp.example.com"));
    QCOMPARE(m_model->value(QStringLiteral("smtp/port")), QStringLiteral("587"));
}

void TestSettingsModel::loadFailureKeepsState()
{
    QFile f(m_store->path());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[general]\nschema_version=9\n");
    f.close();
    QVERIFY(m_model->setValue(QStringLiteral("smtp/port"), QStringLiteral("25")).isEmpty());
    const auto r = m_model->load();
    QCOMPARE(r.status, SettingsLoadResult::Status::NewerSchema);
    QCOMPARE(m_model->settings().smtp.port, 25); // nothing replaced behind the admin's back
    QVERIFY(m_model->isDirty());
}

QTEST_GUILESS_MAIN(TestSettingsModel)
#include "tst_settingsmodel.moc"
