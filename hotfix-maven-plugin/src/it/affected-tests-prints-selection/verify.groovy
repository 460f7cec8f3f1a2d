def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Test FeeCalculatorTest (naming convention {name}Test for FeeCalculator; references FeeCalculator)')
assert log.contains('[INFO] 1 test(s) selected. Arguments for sf project deploy start: --tests FeeCalculatorTest')
assert new File(basedir, 'target/hotfix/tests.txt').text.trim() == 'FeeCalculatorTest'
