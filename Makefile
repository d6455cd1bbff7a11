# Hotseat — `make run` plays, `make test` tests. Only a JDK (17+) is needed; ./mvnw fetches Maven.
MVN ?= ./mvnw -q -B
JAR := target/hotseat.jar
PREFIX ?= $(HOME)/.local
SOURCES := $(shell find src/main -type f 2>/dev/null) pom.xml

.PHONY: build run test bench install clean

build: $(JAR)

$(JAR): $(SOURCES)
	$(MVN) -DskipTests package
	@touch $(JAR)

run: $(JAR)
	@java -jar $(JAR) $(ARGS)

test:
	$(MVN) verify

bench: $(JAR)
	$(MVN) -DskipTests test-compile
	java -cp "$(JAR):target/test-classes" hotseat.bench.Benchmarks $(ARGS)

install: $(JAR)
	mkdir -p "$(PREFIX)/bin" "$(PREFIX)/share/hotseat"
	cp $(JAR) "$(PREFIX)/share/hotseat/hotseat.jar"
	printf '#!/bin/sh\nexec java -jar "%s/share/hotseat/hotseat.jar" "$$@"\n' "$(PREFIX)" > "$(PREFIX)/bin/hotseat"
	chmod +x "$(PREFIX)/bin/hotseat"
	@echo "installed $(PREFIX)/bin/hotseat"

clean:
	$(MVN) clean
