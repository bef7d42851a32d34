#pragma once

#include "core/DiagnosisTarget.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace eas::wizard {

class FieldHint;

// Where the server is: found with Autodiscover from the e-mail domain, or a given ActiveSync
// URL; plus the optional internal URL.
class ServerBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit ServerBox(QWidget *parent = nullptr);

    bool isAutodiscover() const;
    // An empty URL chooses Autodiscover.
    void setUrl(const QUrl &url);
    void setInternalUrl(const QUrl &url);
    void setAutodiscover(bool autodiscover);
    bool isAcceptable() const;
    void applyTo(DiagnosisTarget &target) const;

    QLineEdit *urlEdit() const { return m_url; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslateUi();

    QRadioButton *m_autodiscover;
    QRadioButton *m_useUrl;
    QLineEdit *m_url;
    QLineEdit *m_internalUrl;
    FieldHint *m_urlHint;
    FieldHint *m_internalUrlHint;
    QLabel *m_internalUrlLabel;
    bool m_urlTouched = false;
};

} // namespace eas::wizard
