# Hotseat — `make run` plays, `make test` tests. Only a JDK (17+) is needed; ./mvnw fetches Maven.
MVN ?= ./mvnw -q -B
JAR := target/hotseat.jar
PREFIX ?= $(HOME)/.local
SOURCES := $(shell find src/main -type f 2>/dev/null) $(wildcard scenarios/*.yaml scenarios/*.yml) pom.xml

.PHONY: build run test bench weights install clean cds

build: $(JAR)

$(JAR): $(SOURCES)
	@echo "Building $(JAR) (the first build also downloads Maven and the dependencies, which can take a few minutes)" >&2
	$(MVN) -DskipTests package
	@touch $(JAR)

# Class-data sharing (AppCDS, JDK 17): training runs of the commands a trainee and a trainer use
# most — list, a played run saved to a scratch database, runs, progress and report — list the
# classes they load, and one archive of them all is dumped, so later starts map those classes
# from it instead of loading and verifying them one by one. The training uses scratch folders, never
# the user's. TieredStopAtLevel=1 keeps to the quick JIT, which is all an interactive session
# needs. The serial collector: on two cores G1's set-up and its concurrent threads cost more than
# they save for a short command (validate spends a quarter less CPU). See README, Development.
# Transparent huge pages where the kernel offers them (Linux, "always" or "madvise"): a command
# that reads much, such as validate on a large file or list, spends a fifth less time faulting
# in memory page by page. Elsewhere the flag is unknown or warns, so it is left out.
CDS := target/hotseat.jsa
JAVA_GC := -XX:+UseSerialGC
HUGE_PAGES_CHECK := grep -qs '\[always\]\|\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled
JAVA_PAGES := $(shell $(HUGE_PAGES_CHECK) && echo -XX:+UseTransparentHugePages)
JAVA_FAST := -XX:SharedArchiveFile=$(CDS) -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 $(JAVA_GC) $(JAVA_PAGES)

# $(call cds_archive,JAR,ARCHIVE): the archive for JAR, made from its training runs.
define cds_archive
	@rm -f "$(2)"
	-@t=$$(mktemp -d) && trap 'rm -rf "$$t"' EXIT INT TERM && printf '1\n1\n1\n1\n1\n1\n' > "$$t/answers" && \
	  run() { n=$$1; shift; XDG_DATA_HOME="$$t/data" XDG_CONFIG_HOME="$$t/config" XDG_CACHE_HOME="$$t/cache" HOTSEAT_DB= \
	    HOTSEAT_SCENARIOS= DJL_CACHE_DIR="$$t/djl" \
	    java $(JAVA_GC) -XX:DumpLoadedClassList="$$t/$$n.classes" -jar "$(1)" "$$@" >/dev/null 2>&1; }; \
	  run list list; \
	  run play play parcel-never-came --plain --answers "$$t/answers" --db "$$t/runs.db" --trainee training; \
	  run runs runs --db "$$t/runs.db"; \
	  run progress progress --db "$$t/runs.db" --trainee training; \
	  run report report --db "$$t/runs.db" --format html --out "$$t/report.html"; \
	  cat "$$t"/*.classes | awk '!seen[$$0]++' > "$$t/all.classes" && \
	  java $(JAVA_GC) -Xshare:dump -XX:SharedClassListFile="$$t/all.classes" -XX:SharedArchiveFile="$(2)" \
	    -cp "$(1)" -Xlog:cds=off -Xlog:cds+dynamic=off >/dev/null 2>&1
endef

cds: $(CDS)

$(CDS): $(JAR)
	$(call cds_archive,$(JAR),$(CDS))

# A run stopped before its ending (3) or with Ctrl-C (130) is saved and is no error of make's.
run: $(JAR) $(CDS)
	@java $(JAVA_FAST) -jar $(JAR) $(ARGS); status=$$?; \
	  case $$status in 0|3|130) ;; *) exit $$status ;; esac

test:
	./mvnw -B --no-transfer-progress verify

# Every class named *Bench under src/test/java/hotseat/bench is a benchmark with a main method.
bench: $(JAR) $(CDS)
	$(MVN) -DskipTests test-compile
	@for b in $$(cd target/test-classes && ls hotseat/bench/*Bench.class 2>/dev/null | sed 's/\.class$$//; s,/,.,g'); do \
	  echo "== $$b"; java -cp "$(JAR):target/test-classes" $$b $(ARGS) || exit 1; done

# The learned layer's weights, rebuilt from the fit part of the labelled corpus after the corpus
# or the rubric changes (see README, "How the scorer is measured").
weights: $(JAR)
	$(MVN) -DskipTests test-compile
	java -cp "$(JAR):target/test-classes" hotseat.scoring.WeightsTrainer src/main/resources/hotseat/scoring/learned-weights.tsv

# The launcher uses a class-data archive made here from training runs of the installed jar
# (AppCDS, as for `make cds`): the JVM then maps the classes Hotseat needs instead of loading and
# verifying them one by one.
install: $(JAR)
	mkdir -p "$(PREFIX)/bin" "$(PREFIX)/share/hotseat"
	cp $(JAR) "$(PREFIX)/share/hotseat/hotseat.jar"
	$(call cds_archive,$(PREFIX)/share/hotseat/hotseat.jar,$(PREFIX)/share/hotseat/hotseat.jsa)
	@{ echo '#!/bin/sh'; \
	  echo '# Hotseat launcher, written by make install.'; \
	  echo 'dir="$(PREFIX)/share/hotseat"'; \
	  echo 'cds='; \
	  echo 'if [ -r "$$dir/hotseat.jsa" ]; then cds="-XX:SharedArchiveFile=$$dir/hotseat.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"; fi'; \
	  echo 'pages='; \
	  echo "if $(HUGE_PAGES_CHECK); then pages=-XX:+UseTransparentHugePages; fi"; \
	  echo 'exec java $$cds -XX:TieredStopAtLevel=1 $(JAVA_GC) $$pages -jar "$$dir/hotseat.jar" "$$@"'; } > "$(PREFIX)/bin/hotseat"
	chmod +x "$(PREFIX)/bin/hotseat"
	@echo "installed $(PREFIX)/bin/hotseat"

clean:
	$(MVN) clean
