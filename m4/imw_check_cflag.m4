# IMW_CHECK_CFLAG(FLAG, VARIABLE)
# Appends FLAG to VARIABLE when the C compiler accepts it without warning.
AC_DEFUN([IMW_CHECK_CFLAG], [
  AC_MSG_CHECKING([whether $CC accepts $1])
  imw_save_CFLAGS=$CFLAGS
  CFLAGS="$CFLAGS $1 -Werror"
  AC_COMPILE_IFELSE([AC_LANG_PROGRAM([], [])],
    [AC_MSG_RESULT([yes]); $2="$$2 $1"],
    [AC_MSG_RESULT([no])])
  CFLAGS=$imw_save_CFLAGS
])
