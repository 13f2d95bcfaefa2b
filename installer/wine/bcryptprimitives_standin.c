/*
 * A stand-in for Windows' own bcryptprimitives.dll, for the Wine smoke test only (never
 * shipped).
 *
 * Extension modules built with Rust 1.78 or later (rpds-py, which jsonschema needs and
 * pikepdf's PDF/A module imports) take their random numbers from ProcessPrng in
 * bcryptprimitives.dll, which Windows 10 and 11 carry in system32. Wine 8 has no such DLL,
 * so the module does not load ("DLL load failed") and no PDF can be made under Wine. This
 * DLL exports ProcessPrng on top of RtlGenRandom (advapi32's SystemFunction036), which Wine
 * has. Real Windows has the real one.
 *
 * Built by installer/wine/stage.sh:
 *   x86_64-w64-mingw32-gcc -shared -O2 -s -o bcryptprimitives.dll \
 *       bcryptprimitives_standin.c -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
