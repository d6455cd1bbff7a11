# Hotseat — `make run` plays, `make test` tests. Only a JDK (17+) is needed; ./mvnw fetches Maven.
MVN ?= ./mvnw -q -B
JAR := target/hotseat.jar
PREFIX ?= $(HOME)/.local
SOURCES := $(shell find src/main -type f 2>/dev/null) $(wildcard scenarios/*.yaml scenarios/*.yml) pom.xml

.PHONY: build run test bench install clean

build: $(JAR)

$(JAR): $(SOURCES)
	$(MVN) -DskipTests package
	@touch $(JAR)

run: $(JAR)
	@java -jar $(JAR) $(ARGS)

test:
	$(MVN) verify

# Every class named *Bench under src/test/java/hotseat/bench is a benchmark with a main method.
bench: $(JAR)
	$(MVN) -DskipTests test-compile
	@for b in $$(cd target/test-classes && ls hotseat/bench/*Bench.class 2>/dev/null | sed 's/\.class$$//; s,/,.,g'); do \
	  echo "== $$b"; java -cp "$(JAR):target/test-classes" $$b $(ARGS) || exit 1; done

install: $(JAR)
	mkdir -p "$(PREFIX)/bin" "$(PREFIX)/share/hotseat"
	cp $(JAR) "$(PREFIX)/share/hotseat/hotseat.jar"
	printf '#!/bin/sh\nexec java -jar "%s/share/hotseat/hotseat.jar" "$$@"\n' "$(PREFIX)" > "$(PREFIX)/bin/hotseat"
	chmod +x "$(PREFIX)/bin/hotseat"
	@echo "installed $(PREFIX)/bin/hotseat"

clean:
	$(MVN) clean
