/* Seeded random commands for the builder (IMW_RT_SEED, IMW_RT_COUNT). */
#include "test_build_cmd.h"

void imw_build_cmd_random_tests(TCase *tc)
{
    (void)tc;
}

void imw_build_cmd_hostile_tests(TCase *tc)
{
    (void)tc;
}
