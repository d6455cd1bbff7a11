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

# Class-data sharing (AppCDS, JDK 17): a training run of `hotseat list` records the classes a
# start-up needs, and later starts map them from target/hotseat.jsa instead of loading and
# verifying them one by one. TieredStopAtLevel=1 keeps to the quick JIT, which is all an
# interactive session needs. The serial collector: on two cores G1's set-up and its concurrent
# threads cost more than they save for a short command (validate spends a quarter less CPU).
# See README, Development, for the figures.
CDS := target/hotseat.jsa
JAVA_GC := -XX:+UseSerialGC
JAVA_FAST := -XX:SharedArchiveFile=$(CDS) -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 $(JAVA_GC)

cds: $(CDS)

$(CDS): $(JAR)
	@rm -f $(CDS)
	-@java $(JAVA_GC) -XX:ArchiveClassesAtExit=$(CDS) -jar $(JAR) list >/dev/null 2>&1

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

# The launcher uses a class-data archive made here from a run of `hotseat list` (AppCDS): the
# JVM then maps the classes Hotseat needs instead of loading and verifying them one by one.
install: $(JAR)
	mkdir -p "$(PREFIX)/bin" "$(PREFIX)/share/hotseat"
	cp $(JAR) "$(PREFIX)/share/hotseat/hotseat.jar"
	rm -f "$(PREFIX)/share/hotseat/hotseat.jsa"
	-@java $(JAVA_GC) -XX:ArchiveClassesAtExit="$(PREFIX)/share/hotseat/hotseat.jsa" -jar "$(PREFIX)/share/hotseat/hotseat.jar" list >/dev/null 2>&1
	@{ echo '#!/bin/sh'; \
	  echo '# Hotseat launcher, written by make install.'; \
	  echo 'dir="$(PREFIX)/share/hotseat"'; \
	  echo 'cds='; \
	  echo 'if [ -r "$$dir/hotseat.jsa" ]; then cds="-XX:SharedArchiveFile=$$dir/hotseat.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"; fi'; \
	  echo 'exec java $$cds -XX:TieredStopAtLevel=1 $(JAVA_GC) -jar "$$dir/hotseat.jar" "$$@"'; } > "$(PREFIX)/bin/hotseat"
	chmod +x "$(PREFIX)/bin/hotseat"
	@echo "installed $(PREFIX)/bin/hotseat"

clean:
	$(MVN) clean
