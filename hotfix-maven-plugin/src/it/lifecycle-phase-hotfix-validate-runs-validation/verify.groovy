def log = new File(basedir, 'build.log').text
assert log =~ /--- hotfix-maven-plugin:[^:]+:validate \(default-validate\) @ payments ---/
assert log.contains('[INFO] Validation passed: 0 error(s), 0 warning(s)')
assert new File(basedir, 'target/hotfix/validate.json').exists()
