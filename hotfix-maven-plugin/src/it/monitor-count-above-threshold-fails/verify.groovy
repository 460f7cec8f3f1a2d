def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [2/2] Monitoring org prod: 10 queries, 0 s apart, failing above 5')
assert log.contains('[INFO] 1/10 failures: 2 (threshold 5)')
assert log.contains('[INFO] 2/10 failures: 7 (threshold 5)')
assert !log.contains('3/10 failures')
assert log.contains('Monitoring org prod found 7 failures at check 2/10, above the threshold of 5')
assert log.contains('Roll back with: mvn hotfix:rollback -Dhotfix.confirm=true -Dhotfix.sf.targetOrg=prod')
