#include "FindingCard.h"

#include "StatusProxyModel.h"
#include "style/StatusIconLabel.h"
#include "style/StatusTextLabel.h"

#include "core/ResultsModel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QKeyEvent>
#include <QLabel>
#include <QModelIndex>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace eas::wizard {

namespace {

QLabel *makeText(const QString &text, QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

FindingCard::FindingCard(const QModelIndex &index, bool expanded, QWidget *parent)
    : QFrame(parent)
    , m_id(index.data(ResultsModel::IdRole).toString())
    , m_title(index.data(ResultsModel::TitleRole).toString())
{
    setObjectName(QStringLiteral("findingCardFrame"));
    setFrameShape(QFrame::StyledPanel);
    // The card is the keyboard stop: arrows move between cards (FindingsView), Space or the right
    // and left arrows fold the details out and in; Enter stays the wizard's (Next).
    setFocusPolicy(Qt::StrongFocus);
    const QString statusName = index.data(ResultsModel::StatusNameRole).toString();
    const QString status = StatusProxyModel::statusLabel(statusName);
    setAccessibleName(tr("%1: %2").arg(status, m_title));

    const QString detail = index.data(ResultsModel::DetailRole).toString();
    setAccessibleDescription(detail);
    const QString evidence = evidenceText(index.data(ResultsModel::EvidenceRole).toMap());
    const QStringList fixes = index.data(ResultsModel::FixesRole).toStringList();
    if (!detail.isEmpty() || !evidence.isEmpty() || !fixes.isEmpty()) {
        m_toggle = new QToolButton(this);
        m_toggle->setObjectName(QStringLiteral("detailsToolButton"));
        m_toggle->setCheckable(true);
        m_toggle->setAutoRaise(true);
        m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_toggle->setText(tr("Details"));
        m_toggle->setAccessibleName(tr("Details of %1").arg(m_title));
        m_toggle->setFocusPolicy(Qt::NoFocus); // the card takes the keys
    }

    auto *layout = new QVBoxLayout(this);
    const int indent
        = buildHeader(layout, statusName, index.data(ResultsModel::IsRootCauseRole).toBool());
    if (!m_toggle)
        return;
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("detailsWidget"));
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(indent, 0, 0, 0);
    if (!detail.isEmpty())
        details->addWidget(makeText(detail, m_details, "detailLabel"));
    if (!evidence.isEmpty()) {
        QLabel *evidenceLabel = makeText(evidence, m_details, "evidenceLabel");
        evidenceLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        evidenceLabel->setAccessibleName(tr("Evidence"));
        details->addWidget(evidenceLabel);
    }
    if (!fixes.isEmpty())
        details->addWidget(makeText(
            tr("Fix scripts: %1").arg(fixes.join(QStringLiteral(", "))), m_details, "fixesLabel"));
    layout->addWidget(m_details);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        Q_EMIT expandedChanged(m_id, on);
    });
    m_toggle->setChecked(expanded);
    m_details->setVisible(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
}

int FindingCard::buildHeader(QVBoxLayout *layout, const QString &statusName, bool rootCause)
{
    QFont bold = font();
    bold.setBold(true);
    const int line = fontMetrics().height();
    const int iconSize = line + 2;
    // Everything sits on the first text line, centred on the Details button when there is one.
    const int rowHeight = m_toggle ? std::max(m_toggle->sizeHint().height(), line) : line;
    auto centred = [rowHeight](QWidget *widget, int height) {
        widget->setContentsMargins(0, std::max(0, (rowHeight - height) / 2), 0, 0);
    };

    auto *icon = new StatusIconLabel(this);
    icon->setStatus(statusName);
    centred(icon, iconSize);
    auto *status = new StatusTextLabel(StatusProxyModel::statusLabel(statusName), this);
    status->setObjectName(QStringLiteral("statusLabel"));
    status->setFont(bold);
    status->setStatus(statusName);
    // One column for the status words of every card, whatever the language.
    int widest = 0;
    for (const char *name : {"pass", "info", "warn", "fail", "skip", "error"})
        widest = std::max(widest,
                          QFontMetrics(bold).horizontalAdvance(
                              StatusProxyModel::statusLabel(QLatin1String(name))));
    status->setMinimumWidth(widest + line / 2);
    centred(status, line);
    QLabel *title = makeText(m_title, this, "titleLabel");
    title->setTextInteractionFlags(Qt::TextSelectableByMouse); // the card is the keyboard stop
    title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (rootCause)
        title->setFont(bold);
    centred(title, line);

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(status, 0, Qt::AlignTop);
    header->addWidget(title, 1, Qt::AlignTop);
    if (rootCause) {
        auto *badge = new QLabel(tr("Root cause"), this);
        badge->setObjectName(QStringLiteral("rootCauseBadgeLabel"));
        badge->setFrameShape(QFrame::StyledPanel);
        badge->setFont(bold);
        badge->setMargin(2);
        // A framed label: its frame must hug the text, so it is moved down by the layout.
        auto *badgeColumn = new QVBoxLayout;
        badgeColumn->addSpacing(std::max(0, (rowHeight - badge->sizeHint().height()) / 2));
        badgeColumn->addWidget(badge);
        badgeColumn->addStretch(1);
        header->addLayout(badgeColumn);
    }
    if (m_toggle)
        header->addWidget(m_toggle, 0, Qt::AlignTop);
    layout->addLayout(header);
    return iconSize + status->minimumWidth() + 2 * header->spacing();
}

void FindingCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        setExpanded(!isExpanded());
        break;
    case Qt::Key_Right:
        setExpanded(true);
        break;
    case Qt::Key_Left:
        setExpanded(false);
        break;
    default:
        QFrame::keyPressEvent(event);
        return;
    }
    event->accept();
}

void FindingCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    QStylePainter painter(this);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.backgroundColor = palette().color(backgroundRole());
    option.rect = rect().adjusted(1, 1, -1, -1);
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
}

bool FindingCard::hasDetails() const
{
    return m_toggle != nullptr;
}

bool FindingCard::isExpanded() const
{
    return m_toggle && m_toggle->isChecked();
}

void FindingCard::setExpanded(bool expanded)
{
    if (m_toggle)
        m_toggle->setChecked(expanded);
}

QString FindingCard::evidenceText(const QVariantMap &evidence)
{
    QStringList lines;
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        const QJsonValue value = QJsonValue::fromVariant(it.value());
        QString text;
        if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else if (value.isObject())
            text
                = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else
            text = it.value().toString();
        lines.append(QStringLiteral("%1: %2").arg(it.key(), text));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace eas::wizard
