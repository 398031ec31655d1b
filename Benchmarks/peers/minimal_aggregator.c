/*
 * The practical lower bound of the roster benchmark: one thread reads a household roster
 * (household_id,unit_code,year,status) once, in large read(2) blocks, and counts per unit and
 * year the households, the poor and the near-poor. No validation, no quoting, no second pass:
 * whatever thidua does beyond this is the price of its checks and its evaluation.
 *
 * Build: cc -O2 -o minimal_aggregator minimal_aggregator.c
 * Use:   minimal_aggregator roster.csv > counts.csv   (unit_code,year,total,poor,near_poor)
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BLOCK (8u << 20)
#define MAX_CODE 31

struct entry {
    char code[MAX_CODE + 1];
    uint32_t code_length;
    int32_t year;
    int64_t total, poor, near_poor;
    int used;
};

static struct entry *table;
static size_t capacity = 1u << 16, count;

static uint64_t hash(const char *code, size_t length, int32_t year) {
    uint64_t h = 1469598103934665603ull ^ (uint64_t)year;
    for (size_t i = 0; i < length; i++) h = (h ^ (unsigned char)code[i]) * 1099511628211ull;
    return h ^ (h >> 29);
}

static struct entry *slot(const char *code, size_t length, int32_t year);

static void grow(void) {
    struct entry *old = table;
    size_t old_capacity = capacity;
    capacity *= 2;
    table = calloc(capacity, sizeof *table);
    if (!table) { perror("calloc"); exit(1); }
    count = 0;
    for (size_t i = 0; i < old_capacity; i++) {
        if (!old[i].used) continue;
        struct entry *e = slot(old[i].code, old[i].code_length, old[i].year);
        e->total = old[i].total;
        e->poor = old[i].poor;
        e->near_poor = old[i].near_poor;
    }
    free(old);
}

static struct entry *slot(const char *code, size_t length, int32_t year) {
    if (length > MAX_CODE) length = MAX_CODE;
    size_t mask = capacity - 1;
    for (size_t i = hash(code, length, year) & mask;; i = (i + 1) & mask) {
        struct entry *e = &table[i];
        if (!e->used) {
            if (2 * (count + 1) > capacity) { grow(); return slot(code, length, year); }
            e->used = 1;
            memcpy(e->code, code, length);
            e->code_length = (uint32_t)length;
            e->year = year;
            count++;
            return e;
        }
        if (e->year == year && e->code_length == length && memcmp(e->code, code, length) == 0) return e;
    }
}

static int column_unit = -1, column_year = -1, column_status = -1, last_column;

static void read_header(const char *line, const char *end) {
    int index = 0;
    for (const char *field = line; field <= end; index++) {
        const char *stop = memchr(field, ',', (size_t)(end - field));
        if (!stop) stop = end;
        size_t length = (size_t)(stop - field);
        if (length && field[length - 1] == '\r') length--;
        if (length == 9 && !memcmp(field, "unit_code", 9)) column_unit = index;
        if (length == 4 && !memcmp(field, "year", 4)) column_year = index;
        if (length == 6 && !memcmp(field, "status", 6)) column_status = index;
        field = stop + 1;
    }
    if (column_unit < 0 || column_year < 0 || column_status < 0) {
        fprintf(stderr, "the header has no unit_code, year or status column\n");
        exit(1);
    }
    last_column = column_unit;
    if (column_year > last_column) last_column = column_year;
    if (column_status > last_column) last_column = column_status;
}

static void count_row(const char *line, const char *end) {
    const char *unit = 0, *year = 0, *status = 0;
    size_t unit_length = 0, year_length = 0, status_length = 0;
    const char *field = line;
    for (int index = 0; index <= last_column && field <= end; index++) {
        const char *stop = memchr(field, ',', (size_t)(end - field));
        if (!stop) stop = end;
        if (index == column_unit) unit = field, unit_length = (size_t)(stop - field);
        if (index == column_year) year = field, year_length = (size_t)(stop - field);
        if (index == column_status) status = field, status_length = (size_t)(stop - field);
        field = stop + 1;
    }
    if (!unit || !year || !status) return;
    if (status_length && status[status_length - 1] == '\r') status_length--;
    int32_t y = 0;
    for (size_t i = 0; i < year_length; i++) y = y * 10 + (year[i] - '0');
    struct entry *e = slot(unit, unit_length, y);
    e->total++;
    if (status_length == 4 && !memcmp(status, "poor", 4)) e->poor++;
    else if (status_length == 9 && !memcmp(status, "near-poor", 9)) e->near_poor++;
}

static int by_code_and_year(const void *a, const void *b) {
    const struct entry *x = a, *y = b;
    int c = strcmp(x->code, y->code);
    return c ? c : (x->year > y->year) - (x->year < y->year);
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: %s ROSTER.csv\n", argv[0]); return 2; }
    int fd = open(argv[1], O_RDONLY);
    if (fd < 0) { perror(argv[1]); return 1; }
    table = calloc(capacity, sizeof *table);
    char *buffer = malloc(BLOCK);
    if (!table || !buffer) { perror("malloc"); return 1; }
    size_t kept = 0;
    int header = 1;
    for (;;) {
        ssize_t got = read(fd, buffer + kept, BLOCK - kept);
        if (got < 0) { perror("read"); return 1; }
        size_t filled = kept + (size_t)got;
        if (got == 0 && filled == 0) break;
        if (got == 0) buffer[filled++] = '\n'; /* a last line without its line end */
        const char *line = buffer, *limit = buffer + filled;
        for (;;) {
            const char *end = memchr(line, '\n', (size_t)(limit - line));
            if (!end) break;
            if (header) read_header(line, end), header = 0;
            else if (end > line) count_row(line, end);
            line = end + 1;
        }
        kept = (size_t)(limit - line);
        if (kept == BLOCK) { fprintf(stderr, "a line longer than %u bytes\n", BLOCK); return 1; }
        memmove(buffer, line, kept);
        if (got == 0) break;
    }
    close(fd);

    struct entry *rows = malloc((count ? count : 1) * sizeof *rows);
    size_t n = 0;
    for (size_t i = 0; i < capacity; i++) if (table[i].used) rows[n++] = table[i];
    qsort(rows, n, sizeof *rows, by_code_and_year);
    printf("unit_code,year,total,poor,near_poor\n");
    for (size_t i = 0; i < n; i++)
        printf("%s,%d,%lld,%lld,%lld\n", rows[i].code, rows[i].year, (long long)rows[i].total,
               (long long)rows[i].poor, (long long)rows[i].near_poor);
    fprintf(stderr, "minimal aggregator: %zu unit-years\n", n);
    return 0;
}
