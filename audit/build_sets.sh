#!/bin/sh
# Build audit sets into OUTDIR/<set>.db with the checkout this is run from (its .venv and its .cache), two at a time.
#   sh audit/build_sets.sh OUTDIR [SET ...]      # default: every set under audit/ (unseen*, story*, derna, retraites)
# A set's articles are its .txt files (unseen sets, whose folder also holds gold_src/ and READMEs), its articles/
# folder (stories, derna) or dev/ and heldout/ (retraites). Score with audit/score_sets.py OUTDIR.
set -eu
out=$1; shift
mkdir -p "$out"
[ $# -gt 0 ] || set -- $(cd audit && ls -d unseen* story* derna retraites 2>/dev/null | grep -v '\.md$')
for s in "$@"; do echo "$s"; done | xargs -P "${JOBS:-2}" -I{} sh -c '
  s={}; case $s in
    unseen*) paths=$(ls audit/$s/*.txt) ;;
    retraites) paths="audit/retraites/dev audit/retraites/heldout" ;;
    *) paths=audit/$s/articles ;;
  esac
  .venv/bin/python build_db.py $paths --db "'"$out"'/$s.db" >"'"$out"'/$s.log" 2>&1 || echo "FAILED $s (see '"$out"'/$s.log)"'
