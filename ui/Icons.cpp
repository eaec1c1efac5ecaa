// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QResource>
#include <QStyle>
#include <QStyleOption>
#include <QThread>

#include <array>
#include <optional>

namespace mw {

namespace {

// The sizes scripts/make-raster-icons.sh renders: the 16-px icons at scales 1, 1.25, 1.5, 2,
// 2.5, 3 and 4 (20 px is also the policy banner's lock), the application icon at the sizes a
// window manager or a tray asks for (Qt's xcb plugin sends each available size).
constexpr std::array kSmallSizes{16, 20, 24, 32, 40, 48, 64};
constexpr std::array kAppSizes{16, 22, 24, 32, 48, 64, 128};

// Draws an icon from its raw images (resources/icons/raster/NAME-SIZE.rgba) when one has the
// size asked for, read on first use, and from the SVG for any other size. Qt's SVG icon engine
// is a plugin that loads QtSvg and parses the file when the QIcon is made; the icons of the
// first paint (the window's, Refresh, Save, Send Test, the password fields' eye) are all
// drawn at these sizes, so neither loads before the first paint (docs/PERFORMANCE.md).
class RasterIconEngine : public QIconEngine
{
public:
    explicit RasterIconEngine(QString name)
        : m_name(std::move(name))
    {
        if (m_name == QLatin1String("mailwright"))
            m_sizes = QList<int>(kAppSizes.begin(), kAppSizes.end());
        else
            m_sizes = QList<int>(kSmallSizes.begin(), kSmallSizes.end());
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm = raster(size);
        if (pm.isNull())
            pm = svg().pixmap(size, QIcon::Normal, state);
        if (mode == QIcon::Normal || pm.isNull())
            return pm;
        // As QIcon's own engines do: the style makes the disabled and selected looks.
        QStyleOption option;
        option.palette = QGuiApplication::palette();
        return QApplication::style() ? QApplication::style()->generatedIconPixmap(mode, pm, &option)
                                     : pm;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        const QSize device = (QSizeF(rect.size()) * dpr).toSize();
        QPixmap pm = pixmap(device, mode, state);
        pm.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, pm);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return {side, side}; // square icons, scalable
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> out;
        for (int s : m_sizes)
            out.append(QSize(s, s));
        return out;
    }

    QString key() const override { return QStringLiteral("mw-raster"); }
    QIconEngine *clone() const override { return new RasterIconEngine(m_name); }

private:
    QPixmap raster(const QSize &size)
    {
        if (size.width() != size.height() || !m_sizes.contains(size.width()))
            return {};
        auto it = m_decoded.find(size.width());
        if (it == m_decoded.end()) {
            const int side = size.width();
            // Raw pixels (scripts/make-raster-icons.sh): QImage's file loading would go
            // through QImageReader, which loads every image-format plugin to ask it.
            const QByteArray data =
                QResource(QStringLiteral(":/icons/raster/%1-%2.rgba").arg(m_name).arg(side))
                    .uncompressedData();
            QPixmap pm;
            if (data.size() == qsizetype(4) * side * side) {
                const QImage image(reinterpret_cast<const uchar *>(data.constData()), side, side,
                                   4 * side, QImage::Format_RGBA8888_Premultiplied);
                pm = QPixmap::fromImage(image); // a deep copy: data goes
            }
            it = m_decoded.insert(side, pm);
        }
        return *it;
    }

    const QIcon &svg()
    {
        if (!m_svg)
            m_svg = QIcon(QStringLiteral(":/icons/%1.svg").arg(m_name));
        return *m_svg;
    }

    QString m_name;
    QList<int> m_sizes;
    QHash<int, QPixmap> m_decoded;
    std::optional<QIcon> m_svg; // made on the first size without raw pixels
};

} // namespace

const QIcon &appIcon(const QString &name)
{
    Q_ASSERT(!QCoreApplication::instance() ||
             QThread::currentThread() == QCoreApplication::instance()->thread());
    static QHash<QString, QIcon> icons;
    auto it = icons.find(name);
    if (it == icons.end())
        it = icons.insert(name, QIcon(new RasterIconEngine(name)));
    return *it;
}

} // namespace mw
