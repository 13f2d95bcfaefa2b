/*
 * A stand-in for Windows' own icuuc.dll, for the Wine smoke test only (never shipped).
 *
 * Qt 6.12's Qt6Core.dll imports 20 ucnv_* functions from the icuuc.dll that Windows 10
 * (1703 and later) carries in system32; Wine 8 has no such DLL, so Qt would not load at all.
 * This DLL exports the same names and knows no converter: ucnv_open fails with
 * U_FILE_ACCESS_ERROR and no converters are listed, so Qt keeps to its built-in UTF-8,
 * UTF-16 and Latin-1 codecs (all the program uses). Real Windows has the real one.
 *
 * Built by installer/wine/stage.sh:
 *   x86_64-w64-mingw32-gcc -shared -O2 -s -o icuuc.dll icuuc_standin.c
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)

typedef int32_t UErrorCode; /* 0 = U_ZERO_ERROR; > 0 failure */
typedef uint16_t UChar;
#define U_FILE_ACCESS_ERROR 4
#define U_INDEX_OUTOFBOUNDS_ERROR 8
#define U_UNSUPPORTED_ERROR 16

static void fail(UErrorCode *err, UErrorCode code) {
    if (err != NULL && *err <= 0) *err = code;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *err) {
    (void)name;
    fail(err, U_FILE_ACCESS_ERROR);
    return NULL;
}
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 4; }
EXPORT const char *ucnv_getName(const void *cnv, UErrorCode *err) {
    (void)cnv;
    fail(err, U_UNSUPPORTED_ERROR);
    return "";
}
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name; (void)standard; (void)err;
    return NULL; /* "no such name": not an error in ICU either */
}
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }

EXPORT void ucnv_getToUCallBack(const void *cnv, void **action, const void **context) {
    (void)cnv;
    if (action) *action = NULL;
    if (context) *context = NULL;
}
EXPORT void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context) {
    (void)cnv;
    if (action) *action = NULL;
    if (context) *context = NULL;
}
EXPORT void ucnv_setToUCallBack(void *cnv, void *action, const void *context, void **old_action,
                                const void **old_context, UErrorCode *err) {
    (void)cnv; (void)action; (void)context; (void)err;
    if (old_action) *old_action = NULL;
    if (old_context) *old_context = NULL;
}
EXPORT void ucnv_setFromUCallBack(void *cnv, void *action, const void *context,
                                  void **old_action, const void **old_context, UErrorCode *err) {
    (void)cnv; (void)action; (void)context; (void)err;
    if (old_action) *old_action = NULL;
    if (old_context) *old_context = NULL;
}

EXPORT void ucnv_toUnicode(void *cnv, UChar **target, const UChar *target_limit,
                           const char **source, const char *source_limit, int32_t *offsets,
                           int8_t flush, UErrorCode *err) {
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}
EXPORT void ucnv_fromUnicode(void *cnv, char **target, const char *target_limit,
                             const UChar **source, const UChar *source_limit, int32_t *offsets,
                             int8_t flush, UErrorCode *err) {
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}
EXPORT int32_t ucnv_toUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; (void)err; return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; (void)err; return 0; }
EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length,
                                  int32_t offset_index, UErrorCode *err) {
    (void)args; (void)source; (void)length; (void)offset_index;
    fail(err, U_INDEX_OUTOFBOUNDS_ERROR);
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit,
                                    int32_t offset_index, UErrorCode *err) {
    (void)args; (void)source; (void)source_limit; (void)offset_index;
    fail(err, U_INDEX_OUTOFBOUNDS_ERROR);
}

/* The callbacks Qt passes to ucnv_set*CallBack: never called, since no converter opens. */
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units,
                                            int32_t length, int32_t code_point, int reason,
                                            UErrorCode *err) {
    (void)context; (void)args; (void)units; (void)length; (void)code_point; (void)reason;
    (void)err;
}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units,
                                          int32_t length, int reason, UErrorCode *err) {
    (void)context; (void)args; (void)units; (void)length; (void)reason; (void)err;
}
