def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [2/2] Running 2 smoke check(s)')
assert log.contains('[INFO] PASSED org reachable: ')
assert log.contains('[WARNING] FAILED SELECT COUNT() FROM Account: 0 (expected at least 1)')
assert log.contains('Smoke checks failed on org prod:')
assert log.contains('BUILD FAILURE')
