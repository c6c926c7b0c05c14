#!/usr/bin/env bash
# Prints how long each test suite took, per module and kind (unit = Surefire, integration = Failsafe), slowest
# classes first, from the XML reports the last build left. Used by .ci/run; run it by hand after any build.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY'
import glob, os, xml.etree.ElementTree as ET
rows = {}
counts = {'tests': 0, 'failed': 0, 'skipped': 0}
for path in glob.glob('*/target/surefire-reports/TEST-*.xml') + glob.glob('*/target/failsafe-reports/TEST-*.xml'):
    module = path.split(os.sep)[0]
    kind = 'unit' if 'surefire' in path else 'integration'
    try:
        suite = ET.parse(path).getroot()
    except ET.ParseError:
        continue
    key = (module, kind)
    total, tests, classes = rows.get(key, (0.0, 0, []))
    t = float(suite.get('time', '0') or 0)
    rows[key] = (total + t, tests + int(suite.get('tests', '0')), classes + [(t, suite.get('name', '?'))])
    counts['tests'] += int(suite.get('tests', '0'))
    counts['failed'] += int(suite.get('failures', '0')) + int(suite.get('errors', '0'))
    counts['skipped'] += int(suite.get('skipped', '0'))
if not rows:
    print('suite times: no test reports found')
for (module, kind), (total, tests, classes) in sorted(rows.items(), key=lambda r: -r[1][0]):
    slow = ', '.join(f"{n.rsplit('.', 1)[-1]} {t:.0f}s" for t, n in sorted(classes, reverse=True)[:3])
    print(f"suite {module:12s} {kind:11s} {tests:6d} tests {total:8.1f} s   slowest: {slow}")
passed = counts['tests'] - counts['failed'] - counts['skipped']
print(f"tests: {passed} passed, {counts['failed']} failed, {counts['skipped']} skipped")
PY
