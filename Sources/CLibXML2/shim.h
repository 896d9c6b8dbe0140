#include <libxml/xmlversion.h>
// libxml2's encoding.h includes ICU's headers when libxml2 was built with ICU; Foundation brings its own
// copy of those headers, and the two clash in any Swift file that sees both modules. Nothing here uses
// the ICU-only fields (of xmlCharEncodingHandler, only ever handled by pointer), so leave them out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

// xmlFree is a macro over a per-thread function pointer in some libxml2 builds, which Swift cannot call.
static inline void clibxml2_free(void *pointer) { xmlFree(pointer); }
