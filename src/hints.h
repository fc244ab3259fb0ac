/* Internal: branch and placement hints for the per-octet and per-event
 * paths.  A slow path (first use of a table, growing a buffer) kept in
 * the same function makes the compiler save every register on each call;
 * IMW_COLD moves it out of line, IMW_UNLIKELY keeps the fast path
 * straight; IMW_ALWAYS_INLINE puts a small reader into every caller, where
 * the cursor it moves can stay in a register. */
#ifndef IMW_HINTS_H
#define IMW_HINTS_H

#if defined(__GNUC__) || defined(__clang__)
#define IMW_COLD __attribute__((noinline, cold))
#define IMW_NOINLINE __attribute__((noinline))
#define IMW_ALWAYS_INLINE inline __attribute__((always_inline))
#define IMW_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define IMW_LIKELY(x) __builtin_expect(!!(x), 1)
#else
#define IMW_COLD
#define IMW_NOINLINE
#define IMW_ALWAYS_INLINE inline
#define IMW_UNLIKELY(x) (x)
#define IMW_LIKELY(x) (x)
#endif

#endif /* IMW_HINTS_H */
