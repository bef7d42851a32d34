#pragma once

#include "codec/Wbxml.h"

// Building blocks of the sample documents: item data and the larger Provision/Settings parts.
namespace eas::wbxml::test {

Element deviceInformation();
Element provisionDoc();
Element emailItem();
Element contactItem();
Element calendarItem();
Element taskAndNoteItems();

} // namespace eas::wbxml::test
