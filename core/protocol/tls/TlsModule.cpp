// SPDX-License-Identifier: GPL-3.0-or-later
// The TLS module: a mail session's client TLS on OpenSSL 3 through memory buffers
// (protocol/TlsModule.h says what it checks and why it is a module).
#include "TlsModule.h"

#include <QDateTime>
#include <QHostAddress>
#include <QSslError>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace mw::tlsmodule {
namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using SslPtr = std::unique_ptr<SSL, Deleter<SSL, SSL_free>>;

// OpenSSL's error queue of this thread, in its words, emptied.
QString takeErrors()
{
    QStringList parts;
    while (const unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        const QString s = QString::fromLatin1(buf);
        if (!parts.contains(s))
            parts << s;
    }
    return parts.join(QStringLiteral("; "));
}

// The verification result as the rest of the program names it (QSslError's values).
int sslErrorOf(int x509Error)
{
    switch (x509Error) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        return QSslError::UnableToGetIssuerCertificate;
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
        return QSslError::UnableToDecryptCertificateSignature;
    case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY:
        return QSslError::UnableToDecodeIssuerPublicKey;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return QSslError::CertificateSignatureFailed;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return QSslError::CertificateNotYetValid;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return QSslError::CertificateExpired;
    case X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD:
        return QSslError::InvalidNotBeforeField;
    case X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD:
        return QSslError::InvalidNotAfterField;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return QSslError::SelfSignedCertificate;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return QSslError::SelfSignedCertificateInChain;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        return QSslError::UnableToGetLocalIssuerCertificate;
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return QSslError::UnableToVerifyFirstCertificate;
    case X509_V_ERR_CERT_REVOKED:
        return QSslError::CertificateRevoked;
    case X509_V_ERR_INVALID_CA:
        return QSslError::InvalidCaCertificate;
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        return QSslError::PathLengthExceeded;
    case X509_V_ERR_INVALID_PURPOSE:
        return QSslError::InvalidPurpose;
    case X509_V_ERR_CERT_UNTRUSTED:
        return QSslError::CertificateUntrusted;
    case X509_V_ERR_CERT_REJECTED:
        return QSslError::CertificateRejected;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return QSslError::HostNameMismatch;
    default:
        return QSslError::UnspecifiedError;
    }
}

QByteArray derOf(X509 *cert)
{
    const int n = i2d_X509(cert, nullptr);
    if (n <= 0)
        return {};
    QByteArray der(n, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(cert, &p);
    return der;
}

QString sha256Hex(const QByteArray &der)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!EVP_Digest(der.constData(), size_t(der.size()), md, &len, EVP_sha256(), nullptr))
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex());
}

void describe(X509 *cert, const QByteArray &der, CertificateInfo *info);

class SessionImpl final : public Session
{
public:
    SessionImpl(SslPtr ssl, BIO *in, BIO *out, QString pin)
        : m_ssl(std::move(ssl))
        , m_in(in)
        , m_out(out)
        , m_pin(std::move(pin))
    {}

    State start() override
    {
        ERR_clear_error();
        step();
        return m_state;
    }

    State feed(const QByteArray &wire, QByteArray *plain) override
    {
        if (m_state == State::Failed || m_state == State::Closed)
            return m_state;
        ERR_clear_error();
        if (!wire.isEmpty() && BIO_write(m_in, wire.constData(), int(wire.size())) != wire.size())
            return fail(Failure::Kind::Handshake, takeErrors());
        if (m_state == State::Handshaking && !step())
            return m_state;
        while (m_state == State::Open) {
            char buf[16384];
            const int n = SSL_read(m_ssl.get(), buf, int(sizeof buf));
            if (n > 0) {
                plain->append(buf, n);
                continue;
            }
            const int e = SSL_get_error(m_ssl.get(), n);
            if (e == SSL_ERROR_WANT_READ)
                break;
            if (e == SSL_ERROR_ZERO_RETURN) {
                m_state = State::Closed;
                break;
            }
            return fail(Failure::Kind::Handshake, takeErrors());
        }
        return m_state;
    }

    bool write(const QByteArray &plain) override
    {
        if (m_state != State::Open)
            return false;
        ERR_clear_error();
        qsizetype done = 0;
        while (done < plain.size()) {
            const int chunk = int(qMin<qsizetype>(plain.size() - done, 1 << 20));
            const int n = SSL_write(m_ssl.get(), plain.constData() + done, chunk);
            if (n <= 0) {
                fail(Failure::Kind::Handshake, takeErrors());
                return false;
            }
            done += n;
        }
        return true;
    }

    QByteArray takeOutgoing() override
    {
        const size_t pending = BIO_ctrl_pending(m_out);
        if (pending == 0)
            return {};
        QByteArray out(qsizetype(pending), Qt::Uninitialized);
        const int n = BIO_read(m_out, out.data(), int(pending));
        out.resize(n > 0 ? n : 0);
        return out;
    }

    void shutdown() override
    {
        if (m_state != State::Open)
            return;
        ERR_clear_error();
        (void)SSL_shutdown(m_ssl.get());
        ERR_clear_error();
        m_state = State::Closed;
    }

    State state() const override { return m_state; }
    Failure failure() const override { return m_failure; }
    bool pinAccepted() const override { return m_pinAccepted; }

    QString protocol() const override
    {
        return m_state == State::Open ? QString::fromLatin1(SSL_get_version(m_ssl.get()))
                                      : QString();
    }

    QString cipher() const override
    {
        const SSL_CIPHER *c = SSL_get_current_cipher(m_ssl.get());
        return m_state == State::Open && c ? QString::fromLatin1(SSL_CIPHER_get_name(c))
                                           : QString();
    }

    QList<QByteArray> peerChain() const override { return m_chain; }

    bool describePeer(CertificateInfo *info) const override
    {
        if (!m_leaf || m_chain.isEmpty())
            return false;
        describe(m_leaf.get(), m_chain.first(), info);
        return true;
    }

    // SSL_CTX_set_cert_verify_callback of the shared context: the whole verification of
    // the peer's chain, for the session the SSL belongs to.
    static int verifyPeer(X509_STORE_CTX *store, void *)
    {
        SessionImpl *self = sessionOf(store);
        if (!self)
            return 0;
        X509_STORE_CTX_set_verify_cb(store, &SessionImpl::noteError);
        const int ok = X509_verify_cert(store);
        X509 *leaf = X509_STORE_CTX_get0_cert(store);
        self->m_chain.clear();
        self->m_leaf.reset();
        if (leaf && X509_up_ref(leaf) == 1) {
            self->m_leaf.reset(leaf);
            self->m_chain << derOf(leaf);
        }
        if (STACK_OF(X509) *sent = X509_STORE_CTX_get0_untrusted(store)) {
            for (int i = 0; i < sk_X509_num(sent); ++i) {
                X509 *c = sk_X509_value(sent, i);
                if (c != leaf && X509_cmp(c, leaf) != 0)
                    self->m_chain << derOf(c);
            }
        }
        if (ok <= 0 && self->m_failure.certificateErrors.isEmpty())
            self->noteX509Error(X509_STORE_CTX_get_error(store));
        if (!self->m_pin.isEmpty()) {
            if (!self->m_chain.isEmpty() && sha256Hex(self->m_chain.first()) == self->m_pin) {
                self->m_pinAccepted = !self->m_failure.certificateErrors.isEmpty();
                self->m_failure.certificateErrors.clear();
                return 1;
            }
            self->m_failure.kind = self->m_failure.certificateErrors.isEmpty()
                                       ? Failure::Kind::PinChanged
                                       : Failure::Kind::Certificate;
            return 0;
        }
        if (!self->m_failure.certificateErrors.isEmpty()) {
            self->m_failure.kind = Failure::Kind::Certificate;
            return 0;
        }
        return 1;
    }

private:
    static SessionImpl *sessionOf(X509_STORE_CTX *store)
    {
        const auto *ssl = static_cast<const SSL *>(
            X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
        return ssl ? static_cast<SessionImpl *>(SSL_get_app_data(ssl)) : nullptr;
    }

    // Every error along the chain is noted and the verification goes on, so that the
    // report names all of them; verifyPeer() then decides.
    static int noteError(int ok, X509_STORE_CTX *store)
    {
        if (!ok) {
            if (SessionImpl *self = sessionOf(store))
                self->noteX509Error(X509_STORE_CTX_get_error(store));
        }
        return 1;
    }

    void noteX509Error(int x509Error)
    {
        const int e = sslErrorOf(x509Error);
        if (!m_failure.certificateErrors.contains(e))
            m_failure.certificateErrors << e;
    }

    // One handshake step; false when it failed.
    bool step()
    {
        const int r = SSL_do_handshake(m_ssl.get());
        if (r == 1 && !m_leaf) {
            // A handshake without a verified certificate (an anonymous or pre-shared-key
            // suite, which the defaults do not offer): refused, whatever allowed it.
            m_failure.certificateErrors = {QSslError::NoPeerCertificate};
            fail(Failure::Kind::Certificate, QString());
            return false;
        }
        if (r == 1) {
            m_state = State::Open;
            return true;
        }
        const int e = SSL_get_error(m_ssl.get(), r);
        if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
            return true;
        const QString text = takeErrors();
        fail(m_failure.kind == Failure::Kind::None ? Failure::Kind::Handshake : m_failure.kind,
             text);
        return false;
    }

    State fail(Failure::Kind kind, const QString &text)
    {
        m_state = State::Failed;
        m_failure.kind = kind;
        if (m_failure.text.isEmpty())
            m_failure.text = text.isEmpty() ? QStringLiteral("TLS session failed") : text;
        return m_state;
    }

    SslPtr m_ssl;
    BIO *m_in;  // owned by m_ssl
    BIO *m_out; // owned by m_ssl
    QString m_pin;
    State m_state = State::Handshaking;
    Failure m_failure;
    QList<QByteArray> m_chain;
    X509Ptr m_leaf; // the peer's certificate, as the handshake decoded it
    bool m_pinAccepted = false;
};

// The trusted CAs given in PEM, for one session's SSL (instead of the shared context's
// system store); false when the PEM holds none.
bool setTrust(SSL *ssl, const QByteArray &caPem)
{
    StorePtr store(X509_STORE_new());
    BioPtr bio(BIO_new_mem_buf(caPem.constData(), int(caPem.size())));
    int added = 0;
    while (X509Ptr cert{PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)}) {
        if (X509_STORE_add_cert(store.get(), cert.get()) == 1)
            ++added;
    }
    ERR_clear_error(); // the end of the PEM reads as an error
    return added > 0 && SSL_set0_verify_cert_store(ssl, store.release()) == 1;
}

// The context every session's SSL is made from, made once by mailwright_tls_init_v1 (the
// preload, on a worker): OpenSSL fetches its algorithms for the first context, a cost paid
// once per process and off the session's thread. TLS 1.2 or later; the system's CA store
// by its hashed directory (SSL_CERT_DIR or OpenSSL's own), looked up per issuer during a
// verification, as Qt's backend did: the bundle file (SSL_CERT_FILE) is not parsed whole,
// which costs OpenSSL 3 about a billion instructions; verification through
// SessionImpl::verifyPeer. Never changed
// after it is made, so that sessions on any thread share it.
SSL_CTX *sharedContext()
{
    static SSL_CTX *const ctx = [] {
        SSL_CTX *c = SSL_CTX_new(TLS_client_method());
        if (!c)
            return c;
        if (SSL_CTX_set_min_proto_version(c, TLS1_2_VERSION) != 1) {
            SSL_CTX_free(c);
            return static_cast<SSL_CTX *>(nullptr);
        }
        X509_STORE *store = SSL_CTX_get_cert_store(c);
        const char *dir = getenv(X509_get_default_cert_dir_env());
        (void)X509_STORE_load_path(store, dir && *dir ? dir : X509_get_default_cert_dir());
        SSL_CTX_set_verify(c, SSL_VERIFY_PEER, nullptr);
        SSL_CTX_set_cert_verify_callback(c, &SessionImpl::verifyPeer, nullptr);
        ERR_clear_error();
        return c;
    }();
    return ctx;
}

bool setIdentity(SSL *ssl, const ClientSetup &setup, QString *detail)
{
    BioPtr certs(
        BIO_new_mem_buf(setup.certificatePem.constData(), int(setup.certificatePem.size())));
    X509Ptr cert(PEM_read_bio_X509(certs.get(), nullptr, nullptr, nullptr));
    BioPtr keyBio(
        BIO_new_mem_buf(setup.privateKeyPem.constData(), int(setup.privateKeyPem.size())));
    KeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!cert || !key || SSL_use_certificate(ssl, cert.get()) != 1 ||
        SSL_use_PrivateKey(ssl, key.get()) != 1 || SSL_check_private_key(ssl) != 1) {
        *detail = takeErrors();
        return false;
    }
    while (X509Ptr extra{PEM_read_bio_X509(certs.get(), nullptr, nullptr, nullptr)}) {
        if (SSL_add1_chain_cert(ssl, extra.get()) != 1) {
            *detail = takeErrors();
            return false;
        }
    }
    ERR_clear_error();
    return true;
}

QString nameEntry(const X509_NAME *name, int nid)
{
    const int i = X509_NAME_get_index_by_NID(name, nid, -1);
    if (i < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int n =
        ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i)));
    if (n < 0)
        return {};
    const QString s = QString::fromUtf8(reinterpret_cast<const char *>(utf8), n);
    OPENSSL_free(utf8);
    return s;
}

// As a person names a certificate's subject or issuer: its common name, else its
// organisation, else its unit.
QString displayName(const X509_NAME *name)
{
    for (const int nid : {NID_commonName, NID_organizationName, NID_organizationalUnitName}) {
        const QString s = nameEntry(name, nid);
        if (!s.isEmpty())
            return s;
    }
    return {};
}

QDateTime timeOf(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

// The fields of a certificate's description (protocol/TlsModule.h, Session::describePeer).
void describe(X509 *cert, const QByteArray &der, CertificateInfo *info)
{
    info->subject = displayName(X509_get_subject_name(cert));
    info->issuer = displayName(X509_get_issuer_name(cert));
    info->names.clear();
    if (auto *alt = static_cast<GENERAL_NAMES *>(
            X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr))) {
        for (int i = 0; i < sk_GENERAL_NAME_num(alt); ++i) {
            const GENERAL_NAME *g = sk_GENERAL_NAME_value(alt, i);
            if (g->type == GEN_DNS) {
                const ASN1_STRING *s = g->d.dNSName;
                info->names << QString::fromLatin1(
                    reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                    ASN1_STRING_length(s));
            } else if (g->type == GEN_IPADD) {
                const ASN1_STRING *s = g->d.iPAddress;
                const unsigned char *b = ASN1_STRING_get0_data(s);
                if (ASN1_STRING_length(s) == 4)
                    info->names << QHostAddress(quint32(b[0]) << 24 | quint32(b[1]) << 16 |
                                                quint32(b[2]) << 8 | quint32(b[3]))
                                       .toString();
                else if (ASN1_STRING_length(s) == 16)
                    info->names << QHostAddress(b).toString();
            }
        }
        GENERAL_NAMES_free(alt);
    }
    info->notBefore = timeOf(X509_get0_notBefore(cert));
    info->notAfter = timeOf(X509_get0_notAfter(cert));
    info->sha256 = sha256Hex(der);
    info->selfSigned = X509_check_issued(cert, cert) == X509_V_OK;
    ERR_clear_error();
}

} // namespace
} // namespace mw::tlsmodule

using namespace mw::tlsmodule;

// OpenSSL's own clean-up at exit is not registered (OPENSSL_INIT_NO_ATEXIT): it frees the
// algorithm tables, the providers and the shared context one by one just before the system
// takes the whole address space back (1.45 M instructions of the CLI's Send Test, 4 % of
// it). What it would free stays reachable from OpenSSL's globals, so the leak checker of
// the sanitizer build does not count it. A process that had OpenSSL started before (Qt's
// HTTPS in the window) keeps the clean-up that start registered.
extern "C" Q_DECL_EXPORT bool mailwright_tls_init_v1()
{
    return OPENSSL_init_ssl(OPENSSL_INIT_LOAD_CONFIG | OPENSSL_INIT_NO_ATEXIT, nullptr) == 1 &&
           sharedContext();
}

extern "C" Q_DECL_EXPORT void mailwright_tls_thread_stop_v1()
{
    OPENSSL_thread_stop();
}

extern "C" Q_DECL_EXPORT Session *mailwright_tls_new_session_v1(const ClientSetup &setup,
                                                                SetupError *error, QString *detail)
{
    ERR_clear_error();
    *error = SetupError::None;
    SSL_CTX *ctx = sharedContext();
    SslPtr ssl(ctx ? SSL_new(ctx) : nullptr);
    BIO *in = ssl ? BIO_new(BIO_s_mem()) : nullptr;
    BIO *out = in ? BIO_new(BIO_s_mem()) : nullptr;
    if (!out) {
        BIO_free(in);
        *error = SetupError::Library;
        *detail = takeErrors();
        return nullptr;
    }
    BIO_set_mem_eof_return(in, -1); // no data yet is not the end of the stream
    SSL_set_bio(ssl.get(), in, out);
    SSL_set_connect_state(ssl.get());
    if (!setup.caPem.isEmpty() && !setTrust(ssl.get(), setup.caPem)) {
        *error = SetupError::NoCaCertificate;
        return nullptr;
    }
    if (!setup.certificatePem.isEmpty() && !setIdentity(ssl.get(), setup, detail)) {
        *error = SetupError::Identity;
        return nullptr;
    }
    const QByteArray name = setup.peerName.toUtf8();
    bool named = false;
    if (QHostAddress(setup.peerName).isNull()) {
        // A DNS name: checked against the certificate's names, and sent as SNI.
        X509_VERIFY_PARAM_set_hostflags(SSL_get0_param(ssl.get()),
                                        X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        named = SSL_set1_host(ssl.get(), name.constData()) == 1 &&
                SSL_set_tlsext_host_name(ssl.get(), name.constData()) == 1;
    } else {
        named = X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl.get()), name.constData()) == 1;
    }
    if (!named) {
        *error = SetupError::Library;
        *detail = takeErrors();
        return nullptr;
    }
    SSL *raw = ssl.get();
    auto *session = new SessionImpl(std::move(ssl), in, out, setup.pinSha256);
    SSL_set_app_data(raw, session);
    return session;
}
