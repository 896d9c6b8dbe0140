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

static inline void clibxml2_ignore_message(void *context, const char *message, ...) { (void)context; (void)message; }
static inline void clibxml2_ignore_error(void *context, xmlErrorPtr error) { (void)context; (void)error; }

// libxml2 reports some errors (a byte its decoder cannot convert) to the thread's global handlers rather
// than the parser's, whatever the parse options say; these handlers are per thread, so set them per parse.
static inline void clibxml2_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, clibxml2_ignore_message);
    xmlSetStructuredErrorFunc(NULL, clibxml2_ignore_error);
}
