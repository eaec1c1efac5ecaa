// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/Queue.h"

namespace mw::test {

// A small queued message whose subject holds a line break (it must stay on the metadata
// line): the queue's unit tests enqueue it and compare what comes back.
inline QueuedMessage queueSample()
{
    QueuedMessage m;
    m.sender = QStringLiteral("b@x.test");
    m.recipients = {QStringLiteral("u@x.test")};
    m.subject = QStringLiteral("line\nbreak in subject");
    m.messageId = QStringLiteral("<1@x.test>");
    m.content = "Subject: s\r\nMessage-ID: <1@x.test>\r\n\r\nbody\r\n";
    return m;
}

} // namespace mw::test
