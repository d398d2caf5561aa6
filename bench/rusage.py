# Runs one command and writes its wall time (ms, from fork to exit: python's own start-up left out),
# CPU (user + system, microseconds) and peak RSS (KB) from wait4's
# rusage: the kernel's figures at microsecond resolution, where /usr/bin/time prints hundredths of a
# second (a 10 ms step is 10 % of a bare `node -e ""`). Used by bench/run.mjs when python3 is found.
# Usage: python3 bench/rusage.py REPORT COMMAND [ARG...]; exits with the command's status.
import json
import os
import sys
import time

report, command = sys.argv[1], sys.argv[2:]
began = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(command[0], command)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = (time.perf_counter() - began) * 1e3
with open(report, "w") as out:
    json.dump({"wall": wall, "cpu": round((usage.ru_utime + usage.ru_stime) * 1e6), "maxRSS": usage.ru_maxrss}, out)
sys.exit(os.waitstatus_to_exitcode(status))
