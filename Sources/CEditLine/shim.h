#ifndef NABLA_CEDITLINE_SHIM_H
#define NABLA_CEDITLINE_SHIM_H

// libedit's configuration entry points (el_set, el_get, history) are C-variadic, which
// Swift cannot call, and Swift 6 rejects direct use of C globals such as `stdin`.
// These non-variadic wrappers give Swift one typed function per operation it needs.
// Everything here is wide-character (el_wset, history_w) so that Greek and CJK input
// is edited by character, not by byte.

#include <histedit.h>
#include <locale.h>
#include <stdlib.h>
#include <stdio.h>
#include <wchar.h>

/// Must run before el_init: without a UTF-8 LC_CTYPE libedit drops non-ASCII input.
static inline void nabla_setlocale_ctype(void) { setlocale(LC_CTYPE, ""); }

/// Falls back to C.UTF-8 when the user's locale is plain C/POSIX (common in containers),
/// so σ and 中文 still work. Returns 1 when a multibyte locale is active afterwards.
static inline int nabla_ensure_utf8_locale(void) {
    if (MB_CUR_MAX > 1) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL && MB_CUR_MAX > 1) return 1;
    if (setlocale(LC_CTYPE, "en_US.UTF-8") != NULL && MB_CUR_MAX > 1) return 1;
    return 0;
}

static inline EditLine *nabla_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

typedef wchar_t *(*nabla_prompt_fn)(EditLine *);
typedef unsigned char (*nabla_command_fn)(EditLine *, int);

/// The prompt callback; bytes between two `escape` characters (colour sequences)
/// are printed but take no columns.
static inline int nabla_el_set_prompt(EditLine *el, nabla_prompt_fn fn, wchar_t escape) {
    return el_wset(el, EL_PROMPT_ESC, fn, escape);
}

static inline int nabla_el_set_editor(EditLine *el, const wchar_t *mode) {
    return el_wset(el, EL_EDITOR, mode);
}

/// With EL_SIGNAL libedit restores the terminal around SIGINT, SIGTSTP, SIGCONT and
/// SIGWINCH and then re-raises the signal for the program's own handler.
static inline int nabla_el_set_signal(EditLine *el, int on) {
    return el_wset(el, EL_SIGNAL, on);
}

static inline int nabla_el_set_clientdata(EditLine *el, void *data) {
    return el_wset(el, EL_CLIENTDATA, data);
}

static inline void *nabla_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_wget(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int nabla_el_set_history(EditLine *el, HistoryW *h) {
    return el_wset(el, EL_HIST, history_w, h);
}

static inline int nabla_el_addfn(EditLine *el, const wchar_t *name, const wchar_t *help, nabla_command_fn fn) {
    return el_wset(el, EL_ADDFN, name, help, fn);
}

/// Binds a key sequence (e.g. L"^I", L"^R") to a named editor command.
static inline int nabla_el_bind(EditLine *el, const wchar_t *key, const wchar_t *command) {
    return el_wset(el, EL_BIND, key, command, (const wchar_t *)NULL);
}

/// Reads ~/.editrc (or $EDITRC) so users can keep their libedit key bindings.
static inline int nabla_el_source_default(EditLine *el) { return el_source(el, NULL); }

// MARK: history

static inline HistoryW *nabla_history_init(void) { return history_winit(); }
static inline void nabla_history_end(HistoryW *h) { history_wend(h); }

static inline int nabla_history_setsize(HistoryW *h, int size) {
    HistEventW ev;
    return history_w(h, &ev, H_SETSIZE, size);
}

/// Drops an entry equal to the one just before it.
static inline int nabla_history_setunique(HistoryW *h, int on) {
    HistEventW ev;
    return history_w(h, &ev, H_SETUNIQUE, on);
}

static inline int nabla_history_enter(HistoryW *h, const wchar_t *line) {
    HistEventW ev;
    return history_w(h, &ev, H_ENTER, line);
}

static inline int nabla_history_load(HistoryW *h, const char *path) {
    HistEventW ev;
    return history_w(h, &ev, H_LOAD, path);
}

static inline int nabla_history_save(HistoryW *h, const char *path) {
    HistEventW ev;
    return history_w(h, &ev, H_SAVE, path);
}

static inline int nabla_history_count(HistoryW *h) {
    HistEventW ev;
    if (history_w(h, &ev, H_GETSIZE) != 0) return 0;
    return ev.num;
}

#endif
