#include "WizardDriver.h"

#include "DiagnosisWizard.h"
#include "pages/StepPage.h"
#include "run/RunController.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QRadioButton>
#include <QTest>

namespace eas::test {

WizardDriver::WizardDriver(wizard::DiagnosisWizard &wizard)
    : m_wizard(wizard)
{
}

void WizardDriver::fillTarget(const QString &email, const QString &password, const QString &url)
{
    auto type = [this](const char *name, const QString &text) {
        auto *edit = m_wizard.findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY2(edit, name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    };
    type("emailLineEdit", email);
    type("passwordLineEdit", password);
    if (url.isEmpty()) {
        m_wizard.findChild<QRadioButton *>(QStringLiteral("autodiscoverRadioButton"))->click();
    } else {
        m_wizard.findChild<QRadioButton *>(QStringLiteral("urlRadioButton"))->click();
        type("urlLineEdit", url);
    }
}

void WizardDriver::tickSymptom(const QString &symptomId)
{
    auto *list = m_wizard.findChild<QListWidget *>(QStringLiteral("symptomListWidget"));
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == symptomId)
            list->item(row)->setCheckState(Qt::Checked);
    }
}

void WizardDriver::click(const QString &buttonName)
{
    // Every step page has its own Run and Cancel: look on the current page first.
    auto *button = m_wizard.currentPage()->findChild<QAbstractButton *>(buttonName);
    if (!button)
        button = m_wizard.findChild<QAbstractButton *>(buttonName);
    QVERIFY2(button, qPrintable(buttonName));
    QVERIFY2(button->isEnabled(), qPrintable(buttonName));
    QTest::mouseClick(button, Qt::LeftButton);
}

void WizardDriver::next()
{
    QTest::mouseClick(m_wizard.button(QWizard::NextButton), Qt::LeftButton);
}

void WizardDriver::back()
{
    QTest::mouseClick(m_wizard.button(QWizard::BackButton), Qt::LeftButton);
}

bool WizardDriver::waitUntilIdle(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !m_wizard.runs()->isRunning(); }, timeoutMs);
}

bool WizardDriver::goTo(const QString &stepId)
{
    const int wanted = stepId.isEmpty() ? int(wizard::DiagnosisWizard::SummaryPageId)
                                        : wizard::DiagnosisWizard::pageIdOf(stepId);
    for (int i = 0; i < 8 && m_wizard.currentId() != wanted; ++i) {
        if (!m_wizard.button(QWizard::NextButton)->isEnabled())
            return false;
        next();
    }
    return m_wizard.currentId() == wanted;
}

wizard::StepPage *WizardDriver::currentStepPage() const
{
    return qobject_cast<wizard::StepPage *>(m_wizard.currentPage());
}

QStringList WizardDriver::checklistRows() const
{
    QStringList rows;
    auto *view = m_wizard.findChild<QListView *>(QStringLiteral("checklistListView"));
    for (int row = 0; row < view->model()->rowCount(); ++row)
        rows.append(view->model()->index(row, 0).data().toString());
    return rows;
}

QString WizardDriver::rootCauseText() const
{
    return m_wizard.findChild<QLabel *>(QStringLiteral("rootCauseLabel"))->text();
}

} // namespace eas::test
