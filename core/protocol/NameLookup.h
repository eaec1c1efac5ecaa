// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace mw {

// Server names looked up off the caller's thread, for the mail sessions (MailConnection,
// PopBeforeSmtp): the system's resolver (getaddrinfo, or Qt's QHostInfo::fromName on
// Windows, which starts Winsock) on a pool of this class's own, whose threads end as soon as
// their lookup does. QHostInfo's own pool kept an idle thread that the end of every process
// had to wake and join (0.2 to 3 ms of the CLI's exit); a lookup the shell started ahead
// (lookAhead) is taken by the session that asks for the same name soon after, instead of
// being made twice. The names RFC 6761 reserves are answered without the resolver:
// "localhost" and the names under it with the loopback addresses (127.0.0.1, then ::1 where
// the host has it), "invalid" and those under it with "no such host".
class NameLookup
{
public:
    struct Answer
    {
        QList<QHostAddress> addresses; // in the resolver's order, each once
        QString error;                 // why there is none (empty when addresses are found)
    };
    using Handler = std::function<void(const Answer &)>;

    // Starts looking `host` (a name; IDN names are looked up in their ACE form) up now,
    // unless a look-ahead for it started in the last kFreshMs is pending or answered.
    static void lookAhead(const QString &host);
    // The answer for `host`, given to `then` on `context`'s thread (queued, never before
    // this returns): a look-ahead's of the last kFreshMs (taken: the next call looks up
    // again), else a new lookup's. Returns an id for abort(); `context` must outlive the
    // lookup or abort it first (MailConnection does in its destructor).
    static int lookUp(const QString &host, QObject *context, Handler then);
    // `then` of lookUp(id) is not called, even when its answer is already on its way (the
    // lookup itself runs to its end). On the context's thread.
    static void abort(int id);
    // How long a look-ahead's answer is used.
    static constexpr int kFreshMs = 10'000;

    // The resolver's answer, on the calling thread (blocks): what the pool runs.
    [[nodiscard]] static Answer resolve(const QString &host);

private:
    // The answer for a name RFC 6761 reserves (above), or none for any other name.
    [[nodiscard]] static std::optional<Answer> reserved(const QString &host);
};

} // namespace mw
