// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrapLabel.h"

#include <QEvent>

#include <algorithm>

namespace mw {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrapLabel::Key WrapLabel::key() const
{
    return {text(), font(), int(textFormat()), margin(), indent(), contentsMargins(), frameWidth()};
}

int WrapLabel::heightForWidth(int width) const
{
    if (!wordWrap())
        return QLabel::heightForWidth(width);
    Key now = key();
    if (!(now == m_key)) {
        m_key = std::move(now);
        m_heights.fill({});
    }
    const auto hit = std::find_if(m_heights.begin(), m_heights.end(),
                                  [width](const Entry &e) { return e.width == width; });
    Entry entry = hit != m_heights.end() ? *hit : Entry{width, QLabel::heightForWidth(width)};
    // The entry moves to the front; the oldest falls out when it is new.
    std::move_backward(m_heights.begin(), hit != m_heights.end() ? hit : m_heights.end() - 1,
                       hit != m_heights.end() ? hit + 1 : m_heights.end());
    m_heights.front() = entry;
    return entry.height;
}

void WrapLabel::changeEvent(QEvent *event)
{
    // A new style or palette can change the metrics without changing the key.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        m_heights.fill({});
    QLabel::changeEvent(event);
}

} // namespace mw
