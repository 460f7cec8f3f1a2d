def log = new File(basedir, 'build.log').text
assert log.contains('Check-only deploy 0Af000000000ZERO1 to org prod ran zero tests with test level RunSpecifiedTests and tests [FeeCalculatorTest]')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/hotfix/deploy.json').exists()
