// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeMemory.h"

#include "ProbeMode.h"
#include "session/CapabilityMemory.h"
#include "session/DowngradeGuard.h"
#include "session/SmtpConfigFactory.h"
#include "settings/SettingsFacts.h"

namespace mw {

ProbeMemoryReview reviewProbeMemory(const QString &memoryPath, const MailSettings &settings,
                                    ProbeService service, const ProbeReport &report,
                                    bool acceptDowngrades)
{
    ProbeMemoryReview review;
    if (memoryPath.isEmpty() || service != ProbeService::Smtp)
        return review;
    const ModeReport *configured = report.find(configuredSecurityMode(settings, service),
                                               static_cast<quint16>(settings.smtp.port));
    if (!configured)
        return review;
    review.configuredFound = true;
    review.configuredWorks = configured->works;
    const QString server = SettingsFacts::smtpServerId(settings);
    const SmtpConfig config = smtpConfigFrom(settings, QString());
    const RememberedCapabilities before =
        CapabilityMemory(memoryPath).read(server, config.host, config.port);
    review.downgrades = before.downgrades(configured->result);
    if (configured->works && (review.downgrades.isEmpty() || acceptDowngrades))
        review.accepted = DowngradeGuard::accept(memoryPath, server, config, configured->result);
    return review;
}

} // namespace mw
