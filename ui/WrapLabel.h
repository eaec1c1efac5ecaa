// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>

namespace mw {

// A word-wrapped label that remembers its height for the last few widths it was asked
// about, for as long as its text, font, format and margins stay the same.
//
// A layout asks a word-wrapped label for its height at a width each time it is laid out,
// and QLabel answers by laying its text out again. When the label is selectable or rich
// text, that is a QTextDocument laid out anew, some 400,000 instructions for a paragraph:
// during a Send Test the result banner's paragraphs were laid out 122 times, 23 M
// instructions on the GUI thread (docs/PERFORMANCE-WINDOW.md, twenty-second round). The
// answer does not change while what it depends on does not, so it is kept.
class WrapLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(QWidget *parent = nullptr);

    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Key
    {
        QString text;
        QFont font;
        int format = 0;
        int margin = 0;
        int indent = 0;
        QMargins contents;
        int frame = 0;
        bool operator==(const Key &) const = default;
    };
    [[nodiscard]] Key key() const;

    struct Entry
    {
        int width = -1;
        int height = 0;
    };
    mutable Key m_key;
    mutable std::array<Entry, 4> m_heights{}; // the most recent first
};

} // namespace mw
