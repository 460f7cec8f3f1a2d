def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Rollback plan for org prod to v1.4.2 (')
assert log.contains('): restore 2 file(s), remove 0 component(s)')
assert log.contains('--source-dir force-app/main/default/classes/FeeCalculator.cls')
assert log.contains('[INFO] Nothing deployed. Run again with -Dhotfix.confirm=true to roll back org prod.')
assert !new File(basedir, 'target/fake-sf/calls.txt').exists()
assert !new File(basedir, 'target/hotfix/rollback').exists()
