#!/usr/bin/python3
"""Many hubs' dumps from one: gen-dumps.py BASE.json OUTDIR HUBS MONTHS [FIRST]

Writes OUTDIR/hub-NNNN/YYYY-MM.json for HUBS hubs and MONTHS months from
FIRST (YYYY-MM, default 2026-01): BASE's figures, each hub with its own
UUID (the same in all its months), name and the month in place. Made for
the roll-up's tests and benchmark (make bench), and the central
database's. The text is edited, not re-encoded, so every dump keeps
BASE's exact figures and layout."""
import os
import re
import sys


def main():
    base_path, out, hubs, months = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    first = sys.argv[5] if len(sys.argv) > 5 else "2026-01"
    with open(base_path, encoding="utf-8") as f:
        base = f.read()
    year, month = int(first[:4]), int(first[5:7])
    hub_re = re.compile(r'"uuid": "[0-9a-f-]{36}", "name": "[^"]*"')
    month_re = re.compile(r'^  "month": "\d{4}-\d{2}",$', re.M)
    for h in range(hubs):
        uuid = "%08x-0000-4000-8000-%012x" % (0x5eed0000 + h, h)
        text_hub = hub_re.sub('"uuid": "%s", "name": "Piste %d"' % (uuid, h + 1), base, count=1)
        d = os.path.join(out, "hub-%04d" % (h + 1))
        os.makedirs(d, exist_ok=True)
        for m in range(months):
            y, mo = year + (month - 1 + m) // 12, (month - 1 + m) % 12 + 1
            label = "%04d-%02d" % (y, mo)
            text = month_re.sub('  "month": "%s",' % label, text_hub, count=1)
            with open(os.path.join(d, label + ".json"), "w", encoding="utf-8") as f:
                f.write(text)


if __name__ == "__main__":
    main()
