#ifndef SITEGEN_CMARK_SHARED_TABLE_H
#define SITEGEN_CMARK_SHARED_TABLE_H

/// Sets cmark-gfm's process-wide table of extension characters once, from a parser with every
/// extension sitegen uses attached, and from then on keeps it as it is. Returns 0 when the
/// library's own definition could not be found (nothing was changed).
int sitegen_cmark_settle_special_characters(void *parser_with_every_extension);

/// How many times cmark-gfm has called sitegen's definition of
/// `cmark_manage_extensions_special_characters`: zero after a parse means the library calls
/// its own (no interposition on this platform), and parses must not run at once.
long sitegen_cmark_intercepted_calls(void);

#endif
