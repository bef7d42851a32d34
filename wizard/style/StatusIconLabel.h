#pragma once

#include <QLabel>

namespace eas::wizard {

// A traffic light with its text equivalent: the status icon (an SVG, rendered at the screen's
// device pixel ratio, never a small pixmap scaled up) sized in text lines, with the status word
// as its accessible name, so a screen reader never meets a colour-only signal.
class StatusIconLabel : public QLabel
{
    Q_OBJECT
public:
    explicit StatusIconLabel(QWidget *parent = nullptr);

    // `lines` is the icon's height in text lines of this label's font. The accessible name is
    // `spokenName`, or the translated status word ("FAIL") when that is empty.
    void setStatus(const QString &statusName, qreal lines = 1.0, const QString &spokenName = {});
    QString status() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QString m_status;
    qreal m_lines = 1.0;
    QString m_spokenName;
};

} // namespace eas::wizard
