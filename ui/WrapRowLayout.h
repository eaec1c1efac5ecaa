// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHBoxLayout>

namespace mw {

// A row of buttons and indicators that continues on the next line when the window is too
// narrow for all of it (the header and the bottom row of the settings window on a small
// screen or in a long language). It is a QHBoxLayout, so that the parts of the window add
// to it as to any row (addWidget, insertWidget, addSpacing, addStretch) without knowing how
// many others there are; only the placement differs: items keep their preferred width and
// flow like words, a stretch takes the room left on its line (so what follows it stays at
// the right end), and a spacing that falls at a line break is dropped.
class WrapRowLayout : public QHBoxLayout
{
public:
    using QHBoxLayout::QHBoxLayout;

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] int minimumHeightForWidth(int width) const override
    {
        return heightForWidth(width);
    }
    // As wide as the widest item (everything else goes to further lines), one line high.
    [[nodiscard]] QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Lays the items out in rect (apply) or only measures; returns the height used.
    int arrange(const QRect &rect, bool apply) const;
};

} // namespace mw
