// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Windows counterpart of the POSIX "mode 0600, owned by me" rule for files that hold
// secrets. Only compiled on Windows (Q_OS_WIN); elsewhere this header declares nothing.
//
// A file is private when
//  - its owner is the current user, LocalSystem or BUILTIN\Administrators (an elevated
//    administrator's new files are owned by the Administrators group; SYSTEM and the
//    administrators can take any file anyway), and
//  - it has an access list (a NULL DACL grants everyone everything), and every rule of
//    that list that allows more than reading attributes or the security descriptor
//    names the current user, LocalSystem, BUILTIN\Administrators or OWNER RIGHTS.
//    Deny rules only narrow access and are accepted; rules marked inherit-only do not
//    apply to the file itself. Any other kind of allow rule is refused, since it cannot
//    be checked.
// This is the rule OpenSSH for Windows applies to private keys. The default access list
// of %LOCALAPPDATA% (the user, SYSTEM, Administrators) passes it; a file that Users,
// Everyone or Authenticated Users may read does not.

#include <QtGlobal>

#ifdef Q_OS_WIN

#include <QString>

namespace mw::winsec {

// A self-relative security descriptor whose owner is the current user and whose
// protected access list (no inherited rules) grants that user full control and nobody
// else anything: what AtomicFile gives a file written with mode 0600.
class PrivateDescriptor
{
public:
    PrivateDescriptor();
    ~PrivateDescriptor();
    PrivateDescriptor(const PrivateDescriptor &) = delete;
    PrivateDescriptor &operator=(const PrivateDescriptor &) = delete;

    [[nodiscard]] bool isValid() const { return m_descriptor != nullptr; }
    // A PSECURITY_DESCRIPTOR for SECURITY_ATTRIBUTES::lpSecurityDescriptor.
    [[nodiscard]] void *descriptor() const { return m_descriptor; }
    [[nodiscard]] QString error() const { return m_error; }

private:
    void *m_descriptor = nullptr; // from ConvertStringSecurityDescriptorToSecurityDescriptorW
    QString m_error;
};

// Checks the file open as `handle` (a HANDLE opened with READ_CONTROL) by the rule above.
// Empty when it is private; otherwise one sentence naming `shownPath` and what is wrong.
[[nodiscard]] QString checkPrivate(void *handle, const QString &shownPath);

} // namespace mw::winsec

#endif // Q_OS_WIN
