// cmark-gfm 0.29 edits a process-wide table of "special characters" at the start and end of
// every parse (`cmark_parser_finish` adds the attached extensions' characters, then removes
// them), so parses on two threads garble each other. This file defines that function in the
// executable: the library calls it through its PLT, so the dynamic linker binds the call to
// this definition. The table is set once, at start-up, and every later edit is ignored.
// That is right only while every parser attaches the same extensions X
// `extensionNames`); a parser with fewer would still see the others' characters.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stddef.h>

#include "cmark_shared_table.h"

typedef void (*special_characters_function)(void *parser, int add);

static atomic_int settled = 0;
static atomic_long intercepted = 0;

static special_characters_function library_definition(void) {
    return (special_characters_function)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
}

void cmark_manage_extensions_special_characters(void *parser, int add) {
    atomic_fetch_add(&intercepted, 1);
    if (atomic_load(&settled)) return;
    special_characters_function own = library_definition();
    if (own != NULL) own(parser, add);
}

int sitegen_cmark_settle_special_characters(void *parser_with_every_extension) {
    special_characters_function own = library_definition();
    if (own == NULL) return 0;
    own(parser_with_every_extension, 1);
    atomic_store(&settled, 1);
    return 1;
}

long sitegen_cmark_intercepted_calls(void) {
    return atomic_load(&intercepted);
}
