// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace mw {

// The outcome of one secret store operation.
struct SecretResult
{
    enum class Status { Ok, NotFound, Error };
    Status status = Status::Ok;
    QString secret; // read: the password; empty otherwise
    QString error;  // a sentence when status is Error (never contains the secret)
    [[nodiscard]] bool ok() const { return status == Status::Ok; }

    static SecretResult success(QString secret = {}) { return {Status::Ok, std::move(secret), {}}; }
    static SecretResult notFound() { return {Status::NotFound, {}, {}}; }
    static SecretResult failure(QString why) { return {Status::Error, {}, std::move(why)}; }
};

// Where passwords live: a small asynchronous interface (DESIGN.md "Secrets").
//
// Accounts are short names: "smtp", "pop3" (later "oauth"). Every operation completes
// exactly once and always later, from the event loop (never inside the call), so callers
// can connect state before the answer arrives. The callback is dropped if context is
// destroyed first. Removing an account that holds nothing succeeds.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;
    Q_DISABLE_COPY_MOVE(SecretStore)

    void read(const QString &account, QObject *context, Callback done);
    void write(const QString &account, const QString &secret, QObject *context, Callback done);
    void remove(const QString &account, QObject *context, Callback done);

    // "keychain", "file" or "memory".
    [[nodiscard]] virtual QString backendName() const = 0;
    // Lower-case letters, digits, '-' and '_', 1-32 characters.
    [[nodiscard]] static bool isValidAccount(const QString &account);

Q_SIGNALS:
    // After a successful write or remove.
    void secretChanged(const QString &account);

protected:
    // Implementations call done exactly once, now or later.
    virtual void doRead(const QString &account, Callback done) = 0;
    virtual void doWrite(const QString &account, const QString &secret, Callback done) = 0;
    virtual void doRemove(const QString &account, Callback done) = 0;

private:
    void run(const QString &account, QObject *context, Callback done, bool notifyChange,
             const std::function<void(Callback)> &op);
};

} // namespace mw
