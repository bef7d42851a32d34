#pragma once

#include <QLabel>

namespace eas::wizard {

// A label whose text takes a status colour (StatusColors) from its palette, again whenever the
// palette changes (a light/dark switch), so it keeps 4.5:1 contrast. The colour only adds to
// the words: the text itself must say the status ("FAIL", "Destructive: ...").
class StatusTextLabel : public QLabel
{
    Q_OBJECT
public:
    explicit StatusTextLabel(QWidget *parent = nullptr);
    StatusTextLabel(const QString &text, QWidget *parent = nullptr);

    // "pass", "warn", "fail", ...; other names (or none) keep the palette's text colour.
    void setStatus(const QString &statusName);
    QString status() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();

    QString m_status;
    bool m_applying = false;
};

} // namespace eas::wizard
