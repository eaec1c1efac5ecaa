// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the hostile-server suites share (tst_hostile: SMTP, tst_hostile_pop3: POP3): the
// password whose forms must never leak, the kinds of scripted server, the scripts that
// answer a byte at a time, the peak-memory measure every row is bounded by, and the
// certificates of the TLS rows.

#include "MailServerFixture.h"
#include "ProcessMemory.h"
#include "Sanitizers.h"
#include "ScriptedServer.h"
#include "protocol/Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>

namespace mw::test::hostile {

using S = ScriptedServer;

// AddressSanitizer keeps freed blocks in quarantine and adds shadow memory, so the peak
// grows by a few times what the program itself holds; the bounds are for a plain build.
inline constexpr qint64 kSanitizerMemoryFactor = MW_TEST_UNDER_ASAN ? 4 : 1;

inline qint64 rssBoundKb(int maxRssMiB)
{
    return qint64(maxRssMiB) * 1024 * kSanitizerMemoryFactor;
}

inline const QString kPassword = QStringLiteral("Hostile-Pw-8812");

// How the server side of a row behaves beyond its script.
enum class ServerKind {
    Scripted,    // ScriptedServer as is
    ScriptedTls, // ScriptedServer with certificates (STARTTLS steps)
    ImplicitTls, // ScriptedServer that starts TLS on connect
    NonReading,  // answers up to 354, then never reads again (its buffers fill)
};

inline QByteArray slow(const QByteArray &bytes, int perByteMs, QList<S::Step> *steps)
{
    for (char c : bytes)
        steps->append(S::sendAfter(perByteMs, QByteArray(1, c)));
    return bytes;
}

inline QList<S::Step> slowloris(const QByteArray &prefixSteps, int perByteMs)
{
    QList<S::Step> steps;
    slow(prefixSteps, perByteMs, &steps);
    steps.append(S::stall());
    return steps;
}

// A ServerHello record's first bytes, then a line end: what a TLS server sends a client that
// expected a plain-text greeting.
inline const QByteArray kTlsServerHello =
    QByteArray::fromHex("160303003a020000360303") + QByteArray(32, '\x11') + QByteArray("\r\n");

// The certificates of the TLS rows (MailServerFixture's test CA), in a folder of their own.
struct Certificates
{
    QTemporaryDir dir;
    QString cert;
    QString key;
    QString caFile;

    // An empty string, or what went wrong.
    QString make()
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        QString error;
        const QJsonObject certs = MailServerFixture::makeCertificates(dir.path(), &error);
        if (certs.isEmpty())
            return error;
        const QJsonObject server = certs.value(QLatin1String("server")).toObject();
        cert = server.value(QLatin1String("cert_file")).toString();
        key = server.value(QLatin1String("key_file")).toString();
        caFile = certs.value(QLatin1String("ca_file")).toString();
        if (!QFile::exists(cert) || !QFile::exists(key) || !QFile::exists(caFile))
            return QStringLiteral("the test CA wrote no certificate");
        return {};
    }
};

// A row's time and the growth of the process's peak memory, from the session's start to its
// end (VmHWM reset at the start).
class RowMeasure
{
public:
    void start()
    {
        m_rssBeforeKb = statusKb("VmRSS");
        resetPeak();
        m_clock.start();
    }
    void stop()
    {
        m_elapsedMs = m_clock.elapsed();
        m_growthKb = statusKb("VmHWM") - m_rssBeforeKb;
    }
    [[nodiscard]] qint64 elapsedMs() const { return m_elapsedMs; }
    [[nodiscard]] qint64 growthKb() const { return m_growthKb; }

private:
    QElapsedTimer m_clock;
    qint64 m_rssBeforeKb = 0;
    qint64 m_elapsedMs = 0;
    qint64 m_growthKb = 0;
};

// What every row expects of its finished session: the error class (empty: success) and
// the phase, a message, a hint when it failed, within the row's time and memory bounds.
// The first expectation not met, or an empty string.
inline QString outcomeProblem(const Result &r, const QString &transcript, const QString &errorClass,
                              const QString &phase, const RowMeasure &measure, int maxMs,
                              int maxRssMiB)
{
    if (errorClassId(r.errorClass) != errorClass)
        return errorClassId(r.errorClass) + QLatin1String(": ") + r.message + QLatin1Char('\n') +
               transcript.left(3000);
    if (phaseId(r.phase) != phase)
        return phaseId(r.phase) + QLatin1String(": ") + r.message;
    if (r.ok != errorClass.isEmpty())
        return QStringLiteral("ok is %1").arg(r.ok);
    if (r.message.isEmpty())
        return QStringLiteral("no message");
    if (!r.ok && r.hint.isEmpty())
        return QStringLiteral("no hint");
    if (measure.elapsedMs() > maxMs)
        return QStringLiteral("%1 ms").arg(measure.elapsedMs());
    if (measure.growthKb() >= rssBoundKb(maxRssMiB))
        return QStringLiteral("peak memory grew by %1 KiB").arg(measure.growthKb());
    return {};
}

// A suite's initTestCase: the certificates made, the peak-memory measure checked to work.
// An empty string, or what went wrong.
inline QString prepareSuite(Certificates *certs)
{
    if (const QString error = certs->make(); !error.isEmpty())
        return error;
    resetPeak();
    if (statusKb("VmHWM") <= 0)
        return QStringLiteral("no VmHWM in /proc/self/status");
    return {};
}

} // namespace mw::test::hostile
