// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QPainter;

namespace mw {

// A QGroupBox whose frame, under the Fusion style, is drawn with QPainter instead of
// Fusion's PNG (qfusionstyle.cpp: PE_FrameGroupBox loads fusion_groupbox.png). Decoding
// that PNG makes QImageReader load every image-format plugin (gif, ico, jpeg, svg) during
// the window's first paint, where the Test box is visible (docs/PERFORMANCE.md). The title,
// the margins and the layout are the style's; other styles draw the box themselves.
class LightGroupBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit LightGroupBox(const QString &title, QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Fusion's soft grey rounded border around frame (see the .cpp for how).
    void drawRoundedFrame(QPainter &painter, const QRect &frame) const;
};

} // namespace mw
