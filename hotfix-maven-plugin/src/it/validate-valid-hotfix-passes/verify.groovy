import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [1/4] Reading policy and repository facts')
assert log.contains('[INFO] Branch hotfix/fix-fee-rounding (checked-out branch), production tag v1.4.2')
assert log.contains('[INFO] Test FeeCalculatorTest (naming convention {name}Test for FeeCalculator; references FeeCalculator)')
assert log.contains('[INFO] Validation passed: 0 error(s), 0 warning(s); 1 changed file(s), 1 deployable; 1 test(s) selected')

def report = new JsonSlurper().parse(new File(basedir, 'target/hotfix/validate.json'))
assert report.result == 'passed'
assert report.branch == 'hotfix/fix-fee-rounding'
assert report.productionTag == 'v1.4.2'
assert report.findings == []
assert report.changes.collect { it.path } == ['force-app/main/default/classes/FeeCalculator.cls']
assert report.changes[0].status == 'modified'
assert report.changes[0].kind == 'apex-class'
assert report.tests.collect { it.name } == ['FeeCalculatorTest']
assert new File(basedir, 'target/hotfix/tests.txt').text.trim() == 'FeeCalculatorTest'
