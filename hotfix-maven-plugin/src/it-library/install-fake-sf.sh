#!/usr/bin/env bash
# Installs the fake Salesforce CLI of hotfix-core's tests as PROJECT_DIR/target/fake-sf/sf, which replies from the
# scenario lines given (`subcommand words | exit code | response file`) and records its calls in
# PROJECT_DIR/target/fake-sf/calls.txt. Pass -Dhotfix.sf.executable=PROJECT_DIR/target/fake-sf/sf to the goal.
# Usage: install-fake-sf.sh PROJECT_DIR [SCENARIO_LINE...]
set -euo pipefail

project=$(cd "$1" && pwd)
shift
fake="$(cd "$(dirname "$0")/../../../hotfix-core/src/test/resources/fake-sf" && pwd)/sf"
folder="$project/target/fake-sf"

mkdir -p "$folder"
: > "$folder/scenario.txt"
for line in "$@"; do
  echo "$line" >> "$folder/scenario.txt"
done
cat > "$folder/sf" <<WRAPPER
#!/usr/bin/env bash
export FAKE_SF_SCENARIO="$folder/scenario.txt" FAKE_SF_RECORD="$folder/calls.txt"
exec bash "$fake" "\$@"
WRAPPER
chmod 755 "$folder/sf"
