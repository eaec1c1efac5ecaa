// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameLookup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

#if defined(Q_OS_WIN)
#include <QHostInfo>
#else
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace mw {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mw::NameLookup", text);
}

struct Waiter
{
    int id = 0;
    QPointer<QObject> context;
    NameLookup::Handler then;
    // Cleared by abort(): an answer already on its way to the context is then dropped.
    std::shared_ptr<std::atomic_bool> live;
};

// One lookup: pending until the pool's task sets `done`; its waiters are answered then, or
// at once when they come later.
struct Lookup
{
    QString host;
    QElapsedTimer started;
    bool done = false;
    NameLookup::Answer answer;
    QList<Waiter> waiters;
};

struct Registry
{
    struct Entry
    {
        std::weak_ptr<Lookup> lookup; // while the answer is pending
        std::shared_ptr<std::atomic_bool> live;
    };
    QMutex mutex;
    QHash<QString, std::shared_ptr<Lookup>> ahead; // look-aheads not taken yet, by name
    QHash<int, Entry> byId;                        // until answered or aborted
    int nextId = 1;
};

// Never destroyed: a lookup still running when the program ends reaches it after the
// static destructors.
Registry &registry()
{
    static Registry *const r = new Registry;
    return *r;
}

// The lookups' own pool: a resolver that hangs (an unanswered DNS server) holds one of its
// threads, never one of the global pool's (the TLS start, the CA file's decode). A thread
// ends as soon as its lookup does, so that nothing is left to wake at exit.
// When the application object goes, a lookup still running is given a moment to end (a
// resolver waiting on an unanswered server is not waited for to its own timeout).
QThreadPool &pool()
{
    static QThreadPool *const p = [] {
        auto *tp = new QThreadPool;
        tp->setExpiryTimeout(0);
        tp->setMaxThreadCount(8);
        if (QCoreApplication *app = QCoreApplication::instance())
            QObject::connect(app, &QObject::destroyed, tp, [tp] { (void)tp->waitForDone(200); });
        return tp;
    }();
    return *p;
}

// Called with the registry's lock held: the context cannot be destroyed meanwhile (its
// owner aborts the id first, under the same lock); a context destroyed after the post
// drops the queued call with its other events.
void post(const Waiter &w, const NameLookup::Answer &answer)
{
    QObject *context = w.context.data();
    if (!context)
        return;
    QMetaObject::invokeMethod(
        context,
        [id = w.id, then = w.then, live = w.live, answer] {
            if (!live->exchange(false))
                return; // aborted after the answer was posted
            {
                Registry &r = registry();
                QMutexLocker lock(&r.mutex);
                r.byId.remove(id);
            }
            then(answer);
        },
        Qt::QueuedConnection);
}

std::shared_ptr<Lookup> start(const QString &host)
{
    auto lookup = std::make_shared<Lookup>();
    lookup->host = host;
    lookup->started.start();
    pool().start([lookup] {
        NameLookup::Answer answer = NameLookup::resolve(lookup->host);
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        lookup->done = true;
        lookup->answer = std::move(answer);
        for (const Waiter &w : std::as_const(lookup->waiters))
            post(w, lookup->answer);
        lookup->waiters.clear();
    });
    return lookup;
}

bool fresh(const std::shared_ptr<Lookup> &lookup)
{
    return !lookup->done || lookup->started.elapsed() < NameLookup::kFreshMs;
}

// Whether this host has the IPv6 loopback address. Linux can run without it (IPv6 switched
// off, net.ipv6.conf.lo.disable_ipv6, or not built in): a UDP socket bound to ::1 tells, once
// per process (no packet is sent; no file is read). Windows keeps its IPv6 loopback whatever
// of IPv6 is switched off, and macOS always has it on lo0.
bool hasIpv6Loopback()
{
#if defined(Q_OS_LINUX)
    static const bool has = [] {
        const int fd = ::socket(AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return false;
        sockaddr_in6 loopback = {};
        loopback.sin6_family = AF_INET6;
        loopback.sin6_addr = in6addr_loopback;
        const bool bound =
            ::bind(fd, reinterpret_cast<const sockaddr *>(&loopback), sizeof loopback) == 0;
        ::close(fd);
        return bound;
    }();
    return has;
#else
    return true;
#endif
}

} // namespace

// The names no resolver is asked about (RFC 6761, sections 6.3 and 6.4), answered at once on
// the caller's thread: "localhost" and the names under it are this host, its loopback
// addresses (IPv4's first: what the resolver gives a host without a global IPv6 address, and
// where a local relay listens; IPv6's next, for one that listens there only, where the host
// has it: a relay that is down is then reported with the addresses the host has, not with an
// IPv6 address it lacks), whatever a hosts file or a DNS server would say; "invalid" and the
// names under it never exist. A local relay at "localhost", the common set-up of a system's
// notification mail, is reached without the resolver's work (a thread, the name service's
// socket, the netlink query of the host's addresses: about a millisecond before every connect).
std::optional<NameLookup::Answer> NameLookup::reserved(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const auto under = [&name](QLatin1String domain) {
        return name == domain ||
               (name.endsWith(domain) && name.at(name.size() - domain.size() - 1) == u'.');
    };
    if (under(QLatin1String("localhost"))) {
        Answer loopback;
        loopback.addresses << QHostAddress(QHostAddress::LocalHost);
        if (hasIpv6Loopback())
            loopback.addresses << QHostAddress(QHostAddress::LocalHostIPv6);
        return loopback;
    }
    if (under(QLatin1String("invalid")))
        return Answer{{}, tr("Host not found")};
    return std::nullopt;
}

void NameLookup::lookAhead(const QString &host)
{
    if (host.isEmpty() || reserved(host))
        return;
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const auto it = r.ahead.constFind(host);
    if (it != r.ahead.cend() && fresh(*it))
        return;
    r.ahead.insert(host, start(host));
}

int NameLookup::lookUp(const QString &host, QObject *context, Handler then)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    std::shared_ptr<Lookup> lookup = r.ahead.take(host);
    if (std::optional<Answer> fixed = reserved(host)) {
        lookup = std::make_shared<Lookup>();
        lookup->host = host;
        lookup->done = true;
        lookup->answer = std::move(*fixed);
    } else if (!lookup || !fresh(lookup)) {
        lookup = start(host);
    }
    const Waiter w{r.nextId++, context, std::move(then), std::make_shared<std::atomic_bool>(true)};
    r.byId.insert(w.id, {lookup, w.live});
    if (lookup->done)
        post(w, lookup->answer);
    else
        lookup->waiters.append(w);
    return w.id;
}

void NameLookup::abort(int id)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const Registry::Entry entry = r.byId.take(id);
    if (entry.live)
        entry.live->store(false);
    if (const std::shared_ptr<Lookup> lookup = entry.lookup.lock())
        lookup->waiters.removeIf([id](const Waiter &w) { return w.id == id; });
}

NameLookup::Answer NameLookup::resolve(const QString &host)
{
    if (std::optional<Answer> fixed = reserved(host))
        return *fixed;
    Answer answer;
#if defined(Q_OS_WIN)
    const QHostInfo info = QHostInfo::fromName(host);
    answer.addresses = info.addresses();
    if (info.error() != QHostInfo::NoError || answer.addresses.isEmpty())
        answer.error = info.errorString();
#else
    // As QHostInfo looks a name up on Unix: its ACE form, the address families the host
    // has configured (AI_ADDRCONFIG, retried without where the resolver refuses the flag).
    const QByteArray ace = QUrl::toAce(host);
    if (ace.isEmpty()) {
        answer.error = tr("Not a valid host name");
        return answer;
    }
    addrinfo hints = {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo *found = nullptr;
    int rc = getaddrinfo(ace.constData(), nullptr, &hints, &found);
    if (rc == EAI_BADFLAGS) {
        hints.ai_flags = 0;
        rc = getaddrinfo(ace.constData(), nullptr, &hints, &found);
    }
    if (rc != 0) {
        const bool notFound = rc == EAI_NONAME || rc == EAI_FAIL
#if defined(EAI_NODATA) && EAI_NODATA != EAI_NONAME
                              || rc == EAI_NODATA
#endif
            ;
        answer.error = notFound ? tr("Host not found") : QString::fromLocal8Bit(gai_strerror(rc));
        return answer;
    }
    for (const addrinfo *a = found; a; a = a->ai_next) {
        if (a->ai_family != AF_INET && a->ai_family != AF_INET6)
            continue;
        const QHostAddress address(a->ai_addr);
        if (!address.isNull() && !answer.addresses.contains(address))
            answer.addresses << address;
    }
    freeaddrinfo(found);
    if (answer.addresses.isEmpty())
        answer.error = tr("Host not found");
#endif
    return answer;
}

} // namespace mw
