#!/bin/sh
# each.sh: runs every program given, keeps going after a failure, fails if any did.
rc=0
for t in "$@"; do "$t" || { echo "$t: exited with status $?"; rc=1; }; done
exit $rc
