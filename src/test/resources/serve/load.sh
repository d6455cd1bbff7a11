#!/bin/bash
# Usage: load.sh PORT N SERVER_PID — run it in a scratch folder.
# N scripted trainees (default 30) at once against a headless `hotseat serve --port PORT
# --host 127.0.0.1 --scenario parcel-never-came`: each plays line by line (option 2, one reply a
# second) to its ending, with a key of its own. Prints how many finished, and the server's CPU
# time, peak resident memory and peak thread count (read from /proc/SERVER_PID).
set -u
PORT=$1; N=${2:-30}; SPID=$3
mkdir -p keys out
for i in $(seq 1 $N); do [ -f keys/t$i ] || ssh-keygen -q -t ed25519 -N "" -f keys/t$i; done
O="-p $PORT -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o IdentitiesOnly=yes"
cpu() { awk '{print $14+$15}' /proc/$SPID/stat; }
c0=$(cpu); t0=$(date +%s.%N)
for i in $(seq 1 $N); do
  ( for a in 2 2 2 2 2 2; do echo $a; sleep 1; done ) | ssh -T $O -i keys/t$i trainee$i@127.0.0.1 > out/t$i.txt 2>&1 &
done
peak=0; thr=0
while [ $(jobs -r | wc -l) -gt 0 ]; do
  r=$(awk '/VmRSS/{print $2}' /proc/$SPID/status); [ $r -gt $peak ] && peak=$r
  t=$(ls /proc/$SPID/task | wc -l); [ $t -gt $thr ] && thr=$t
  sleep 0.5
done
wait
t1=$(date +%s.%N); c1=$(cpu)
ok=$(grep -l "The conversation ends" out/*.txt | wc -l)
bad=$(grep -il "exception\|error" out/*.txt | wc -l)
echo "clients=$N finished=$ok with_errors=$bad wall=$(echo "$t1-$t0" | bc)s server_cpu=$(echo "($c1-$c0)/100" | bc -l | cut -c1-5)s peak_rss=$((peak/1024))MiB peak_threads=$thr"
