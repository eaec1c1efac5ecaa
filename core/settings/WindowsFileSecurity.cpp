// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsFileSecurity.h"

#ifdef Q_OS_WIN

#include <qt_windows.h>

#include <aclapi.h>
#include <sddl.h>

#include <string>
#include <vector>

namespace mw::winsec {

namespace {

QString systemError(DWORD code)
{
    return qt_error_string(int(code));
}

// The SID of the user this process runs as (TOKEN_USER), in a buffer that owns it.
class CurrentUser
{
public:
    CurrentUser()
    {
        HANDLE token = nullptr;
        if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token)) {
            m_error = systemError(::GetLastError());
            return;
        }
        DWORD size = 0;
        ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        if (size == 0) {
            m_error = systemError(::GetLastError());
            ::CloseHandle(token);
            return;
        }
        m_buffer.resize(size);
        if (!::GetTokenInformation(token, TokenUser, m_buffer.data(), size, &size)) {
            m_error = systemError(::GetLastError());
            m_buffer.clear();
        }
        ::CloseHandle(token);
    }
    [[nodiscard]] PSID sid() const
    {
        return m_buffer.empty() ? nullptr
                                : reinterpret_cast<const TOKEN_USER *>(m_buffer.data())->User.Sid;
    }
    [[nodiscard]] QString error() const { return m_error; }

private:
    std::vector<BYTE> m_buffer;
    QString m_error;
};

// Frees what the security functions allocate with LocalAlloc.
struct LocalFreer
{
    HLOCAL memory = nullptr;
    ~LocalFreer()
    {
        if (memory)
            ::LocalFree(memory);
    }
};

bool isSystemOrAdministrators(PSID sid)
{
    return ::IsWellKnownSid(sid, WinLocalSystemSid) ||
           ::IsWellKnownSid(sid, WinBuiltinAdministratorsSid);
}

// "DOMAIN\name" when the SID resolves, else its "S-1-..." form.
QString accountName(PSID sid)
{
    wchar_t name[256];
    wchar_t domain[256];
    DWORD nameLength = 256;
    DWORD domainLength = 256;
    SID_NAME_USE use;
    if (::LookupAccountSidW(nullptr, sid, name, &nameLength, domain, &domainLength, &use)) {
        const QString n = QString::fromWCharArray(name, int(nameLength));
        const QString d = QString::fromWCharArray(domain, int(domainLength));
        return d.isEmpty() ? n : d + QLatin1Char('\\') + n;
    }
    LPWSTR text = nullptr;
    if (::ConvertSidToStringSidW(sid, &text)) {
        const LocalFreer freeText{text};
        return QString::fromWCharArray(text);
    }
    return QStringLiteral("an unknown account");
}

} // namespace

PrivateDescriptor::PrivateDescriptor()
{
    const CurrentUser user;
    if (!user.sid()) {
        m_error = QStringLiteral("Cannot find the current user's account: %1").arg(user.error());
        return;
    }
    LPWSTR sidText = nullptr;
    if (!::ConvertSidToStringSidW(user.sid(), &sidText)) {
        m_error = systemError(::GetLastError());
        return;
    }
    const LocalFreer freeSid{sidText};
    // O: owner; D:P a protected DACL (nothing inherited from the folder); one rule,
    // A;;FA;;; "allow file-all-access" to the user.
    const std::wstring sid(sidText);
    const std::wstring sddl = L"O:" + sid + L"D:P(A;;FA;;;" + sid + L")";
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!::ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1,
                                                                &descriptor, nullptr)) {
        m_error = systemError(::GetLastError());
        return;
    }
    m_descriptor = descriptor;
}

PrivateDescriptor::~PrivateDescriptor()
{
    if (m_descriptor)
        ::LocalFree(m_descriptor);
}

QString checkPrivate(void *handle, const QString &shownPath)
{
    const CurrentUser user;
    if (!user.sid())
        return QStringLiteral("Cannot check who may read the secret file %1: %2")
            .arg(shownPath, user.error());
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    const DWORD rc = ::GetSecurityInfo(static_cast<HANDLE>(handle), SE_FILE_OBJECT,
                                       OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
                                       &owner, nullptr, &dacl, nullptr, &descriptor);
    if (rc != ERROR_SUCCESS)
        return QStringLiteral("Cannot read the access list of the secret file %1: %2")
            .arg(shownPath, systemError(rc));
    const LocalFreer freeDescriptor{descriptor};
    if (!owner || !(::EqualSid(owner, user.sid()) || isSystemOrAdministrators(owner)))
        return QStringLiteral("The secret file %1 belongs to %2, not to you; refused.")
            .arg(shownPath, owner ? accountName(owner) : QStringLiteral("nobody"));
    const QString fix =
        QStringLiteral(" Only your account may have access: run icacls \"%1\" /inheritance:r "
                       "/grant:r \"%USERNAME%:F\"")
            .arg(shownPath);
    if (!dacl)
        return QStringLiteral("The secret file %1 has no access list, so everyone may read it; "
                              "refused.")
                   .arg(shownPath) +
               fix;
    // Rights that reveal nothing of the content.
    const ACCESS_MASK harmless = SYNCHRONIZE | READ_CONTROL | FILE_READ_ATTRIBUTES;
    for (DWORD i = 0; i < dacl->AceCount; ++i) {
        void *ace = nullptr;
        if (!::GetAce(dacl, i, &ace))
            return QStringLiteral("Cannot read the access list of the secret file %1: %2")
                .arg(shownPath, systemError(::GetLastError()));
        const auto *header = static_cast<const ACE_HEADER *>(ace);
        if (header->AceFlags & INHERIT_ONLY_ACE)
            continue; // applies to objects created inside, not to this file
        switch (header->AceType) {
        case ACCESS_DENIED_ACE_TYPE:
        case ACCESS_DENIED_CALLBACK_ACE_TYPE:
        case ACCESS_DENIED_OBJECT_ACE_TYPE:
        case ACCESS_DENIED_CALLBACK_OBJECT_ACE_TYPE:
            continue; // a deny rule only takes access away
        case ACCESS_ALLOWED_ACE_TYPE:
        case ACCESS_ALLOWED_CALLBACK_ACE_TYPE: {
            // ACCESS_ALLOWED_CALLBACK_ACE starts like ACCESS_ALLOWED_ACE (header, mask, SID).
            const auto *allowed = static_cast<const ACCESS_ALLOWED_ACE *>(ace);
            PSID sid = const_cast<DWORD *>(&allowed->SidStart);
            if ((allowed->Mask & ~harmless) == 0 || ::EqualSid(sid, user.sid()) ||
                isSystemOrAdministrators(sid) || ::IsWellKnownSid(sid, WinCreatorOwnerRightsSid))
                continue;
            return QStringLiteral("The secret file %1 can be opened by %2; refused.")
                       .arg(shownPath, accountName(sid)) +
                   fix;
        }
        default:
            return QStringLiteral("The secret file %1 has an access rule of a kind Mailwright "
                                  "cannot check (type %2); refused.")
                       .arg(shownPath)
                       .arg(int(header->AceType)) +
                   fix;
        }
    }
    return {};
}

} // namespace mw::winsec

#endif // Q_OS_WIN
